import type { Schema } from "../api/schemas";

export const moving: Schema<"Lane"> = {
  id: 11,
  officeId: 1,
  letter: "A",
  nameJa: "住民異動",
  nameEn: "Moving",
  descriptionJa: "引っ越し（転入・転出・転居）、世帯の変更",
  descriptionEn: "Moving in, out or within the city; household changes",
  sortOrder: 1,
  active: true,
  procedures: [
    { code: "tennyu", nameJa: "転入届", nameEn: "Moving-in notification" },
    { code: "tenshutsu", nameJa: "転出届", nameEn: "Moving-out notification" },
  ],
  windows: [1, 2],
  version: 1,
};

export const certificates: Schema<"Lane"> = {
  id: 12,
  officeId: 1,
  letter: "B",
  nameJa: "証明書",
  nameEn: "Certificates",
  descriptionJa: "住民票の写し、印鑑登録証明書",
  descriptionEn: "Residence certificates, seal registration certificates",
  sortOrder: 2,
  active: true,
  procedures: [{ code: "juminhyo-copy", nameJa: "住民票の写し", nameEn: "Copy of residence certificate" }],
  windows: [3],
  version: 1,
};

export function counterWindow(number: number, open = true): Schema<"CounterWindow"> {
  return {
    id: 100 + number,
    officeId: 1,
    number,
    floor: 1,
    nameJa: `1階 ${number}番 区民課`,
    nameEn: `Floor 1, window ${number}, Residents Section`,
    open,
    version: 2,
  };
}

export const chuoFloor: Schema<"Floor"> = {
  officeId: 1,
  officeNameJa: "中央区役所",
  officeNameEn: "Chuo Ward Office",
  wardCode: "431010",
  windows: [counterWindow(1), counterWindow(2, false), counterWindow(3)],
  lanes: [moving, certificates],
};

export function board(overrides: Partial<Schema<"OfficeQueue">> = {}): Schema<"OfficeQueue"> {
  return {
    officeId: 1,
    nameJa: "中央区役所",
    nameEn: "Chuo Ward Office",
    wardCode: "431010",
    openNow: true,
    closesAt: "2027-01-13T17:15:00+09:00",
    asOf: "2027-01-13T01:00:00Z",
    waiting: 5,
    lanes: [
      {
        laneId: 11,
        letter: "A",
        nameJa: "住民異動",
        nameEn: "Moving",
        waiting: 3,
        estimatedWaitMinutes: 15,
        openWindows: [1],
        lastCalled: [],
      },
      {
        laneId: 12,
        letter: "B",
        nameJa: "証明書",
        nameEn: "Certificates",
        waiting: 2,
        estimatedWaitMinutes: 5,
        openWindows: [3],
        lastCalled: [],
      },
    ],
    lastEventId: 40,
    ...overrides,
  };
}

export function ticket(overrides: Partial<Schema<"Ticket">> = {}): Schema<"Ticket"> {
  return {
    id: 501,
    officeId: 1,
    laneId: 11,
    laneNameJa: "住民異動",
    laneNameEn: "Moving",
    label: "A-012",
    businessDate: "2027-01-13",
    priority: null,
    state: "WAITING",
    issuedVia: "KIOSK",
    arrivedAt: "2027-01-13T00:40:00Z",
    queuedAt: "2027-01-13T00:40:00Z",
    callCount: 0,
    procedures: [],
    waitingAhead: 2,
    estimatedWaitMinutes: 10,
    actions: ["CALL", "TRANSFER", "CANCEL"],
    version: 1,
    ...overrides,
  };
}
