// Where the controller API lives (the version is part of every path).
export const API_BASE_PATH = "/api/v1";
export const OPENAPI_PATH = `${API_BASE_PATH}/openapi.json`;
