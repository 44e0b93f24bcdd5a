/** The real time, for record timestamps (never the simulated clock). */
export function realNowIso(): string {
  return new Date().toISOString();
}

/** The real time as a Date, for injecting into classes that stamp records. */
export function realNow(): Date {
  return new Date();
}
