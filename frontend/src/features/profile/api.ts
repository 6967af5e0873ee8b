import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import type { Schema } from "../../api/schemas";

export function useMe() {
  return useQuery({
    queryKey: ["me"],
    queryFn: () => unwrap(api.GET("/api/v1/me")) as Promise<Schema<"Me">>,
  });
}
