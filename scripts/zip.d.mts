// Types for scripts/zip.mjs (imported by the tests).
export function crc32(bytes: Uint8Array): number;
export function zipBytes(entries: readonly { name: string; data: Buffer }[]): Buffer;
export function writeZip(file: string, entries: readonly { name: string; data: Buffer }[]): void;
