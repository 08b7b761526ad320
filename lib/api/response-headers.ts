// Headers of every API answer: never cached, never sniffed.
export const API_RESPONSE_HEADERS = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
