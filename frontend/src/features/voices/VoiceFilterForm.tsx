import type { FormEvent } from "react";
import { Input, Label, Text, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useWards } from "../../api/organization";
import { useLocalName } from "../../app/useLocalName";
import { isIsoDate } from "../../lib/dates";
import { useVoiceCategories } from "../../api/voices";
import type { VoiceFilters } from "./voiceFilters";
import {
  VOICE_CHANNELS,
  VOICE_STATUSES,
  VOICE_TYPES,
  isVoiceChannel,
  isVoiceStatus,
  isVoiceType,
} from "../../lib/voiceEnums";
import { formText } from "../../lib/formText";
import { WardSelectInput } from "../../components/WardSelectInput";

function readForm(form: HTMLFormElement): Omit<VoiceFilters, "page" | "assignee" | "section"> {
  const data = new FormData(form);
  const value = (name: string) => formText(data, name).trim();
  const status = value("status");
  const type = value("type");
  const channel = value("channel");
  const from = value("from");
  const to = value("to");
  return {
    status: isVoiceStatus(status) ? status : "",
    type: isVoiceType(type) ? type : "",
    channel: isVoiceChannel(channel) ? channel : "",
    category: value("category"),
    ward: value("ward"),
    overdue: data.get("overdue") === "true",
    from: isIsoDate(from) ? from : "",
    to: isIsoDate(to) ? to : "",
    q: value("q"),
  };
}

/** All filters apply together on submit, so that choosing several does not reload the list each time. */
export function VoiceFilterForm({
  filters,
  onApply,
}: {
  filters: VoiceFilters;
  onApply: (f: Omit<VoiceFilters, "page" | "assignee" | "section">) => void;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { data: wards } = useWards();
  const { data: categories } = useVoiceCategories();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(readForm(event.currentTarget));
  }

  // Keyed by the URL's filters (not the page): going back or following a link shows the filters of the list shown.
  const formKey = JSON.stringify({ ...filters, page: 1 });
  return (
    <form
      key={formKey}
      role="search"
      aria-labelledby="voice-filters"
      onSubmit={handleSubmit}
      className="rounded-8 bg-solid-gray-50 p-4"
    >
      <h2 id="voice-filters" className="section-title mt-0">
        {t("voice.filters")}
      </h2>
      <div className="grid gap-4 md:grid-cols-3">
        <div className="field">
          <label htmlFor="voice-filter-status" className="field-label">
            {t("voice.status")}
          </label>
          <select id="voice-filter-status" name="status" defaultValue={filters.status} className="field-input">
            <option value="">{t("voice.any")}</option>
            {VOICE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`voiceStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="voice-filter-type" className="field-label">
            {t("voice.type")}
          </label>
          <select id="voice-filter-type" name="type" defaultValue={filters.type} className="field-input">
            <option value="">{t("voice.any")}</option>
            {VOICE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`voiceType.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="voice-filter-channel" className="field-label">
            {t("voice.channel")}
          </label>
          <select id="voice-filter-channel" name="channel" defaultValue={filters.channel} className="field-input">
            <option value="">{t("voice.any")}</option>
            {VOICE_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`voiceChannel.${channel}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="voice-filter-category" className="field-label">
            {t("voice.category")}
          </label>
          {/* Keyed by the loaded list: a default value is only applied once its option exists. */}
          <select
            key={categories ? "loaded" : "loading"}
            id="voice-filter-category"
            name="category"
            defaultValue={filters.category}
            className="field-input"
          >
            <option value="">{t("voice.any")}</option>
            {categories?.map((category) => (
              <option key={category.code} value={category.code}>
                {localName(category)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="voice-filter-ward" className="field-label">
            {t("voice.ward")}
          </label>
          <WardSelectInput
            key={wards ? "loaded" : "loading"}
            id="voice-filter-ward"
            name="ward"
            defaultValue={filters.ward}
            className="field-input"
            emptyLabel={t("office.allWards")}
          />
        </div>
        <div className="flex items-end">
          <label className="flex min-h-12 items-center gap-2 text-std-16B-170">
            <input type="checkbox" name="overdue" value="true" defaultChecked={filters.overdue} className="size-5" />
            {t("voice.overdueOnly")}
          </label>
        </div>
        <div className="field">
          <label htmlFor="voice-filter-from" className="field-label">
            {t("voice.receivedFrom")}
          </label>
          <input id="voice-filter-from" type="date" name="from" defaultValue={filters.from} className="field-input" />
        </div>
        <div className="field">
          <label htmlFor="voice-filter-to" className="field-label">
            {t("voice.receivedTo")}
          </label>
          <input id="voice-filter-to" type="date" name="to" defaultValue={filters.to} className="field-input" />
        </div>
      </div>
      <TextField name="q" type="search" defaultValue={filters.q} className="field mt-4">
        <Label className="field-label">{t("voice.keyword")}</Label>
        <Input className="field-input" />
        <Text slot="description" className="field-hint">
          {t("voice.keywordHint")}
        </Text>
      </TextField>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary">
          {t("voice.search")}
        </button>
        <Link to="/voices" className="link">
          {t("voice.clearFilters")}
        </Link>
      </div>
    </form>
  );
}
