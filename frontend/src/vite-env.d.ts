/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the API lives; empty for the same origin (the default). */
  readonly VITE_API_BASE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
