// The one place the add-in's version is written is package.json; the build puts it in (app-version.ts).
import { version } from '../app-version';
import type { ScaleDefinition } from '../../core/scale/types';
import type { Language } from '../../core/text';
import { versionLine } from '../../core/version';

/** The add-in's version (package.json's `version`). */
export const APP_VERSION: string = version;

/** «IPS Fidelity 0.1.0 · skala 2008» / "IPS Fidelity 0.1.0 · scale 2008", for the header or an about line. */
export function paneVersionLine(language: Language, scale?: ScaleDefinition): string {
  return versionLine(APP_VERSION, language, scale);
}
