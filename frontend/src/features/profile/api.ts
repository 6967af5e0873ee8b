import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import type { Me } from "../../api/types";

export function useMe() {
  return useQuery({
    queryKey: ["me"],
    queryFn: () => unwrap(api.GET("/api/v1/me")) as Promise<Me>,
  });
}
