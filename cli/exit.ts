/** Exit codes: 0 done, 1 findings at error level, 2 unusable input (InputError), 70 a bug in jixiao (InternalError). */
export const EXIT = { ok: 0, findings: 1, input: 2, internal: 70 } as const;
