import { DEFAULT_SCALE } from './scale/registry';
import type { ScaleDefinition } from './scale/types';
import type { Language } from './text';

/**
 * What the pane shows as its version, «IPS Fidelity 0.1.0 · skala 2008»: the add-in's version
 * (package.json's, passed in by the pane: the core is built apart from package.json) and the
 * version of the scale the reviews are scored on. Both are also saved with every history row.
 */
export function versionLine(appVersion: string, language: Language, scale: ScaleDefinition = DEFAULT_SCALE): string {
  const scaleWord = language === 'nb' ? 'skala' : 'scale';
  return scale.version ? `IPS Fidelity ${appVersion} · ${scaleWord} ${scale.version}` : `IPS Fidelity ${appVersion}`;
}
