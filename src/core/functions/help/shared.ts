import type { Text } from '../../text';

/**
 * The help of the parameters that several functions share with one meaning (output, language, …),
 * by parameter name. A function's own entry for the name, where it gives the parameter another
 * meaning, comes first (see parameterHelp).
 */
export const SHARED_PARAMETER_HELP: Readonly<Record<string, Text>> = {
  output: {
    nb: 'Valgfritt: "score" (standard) gir skåren 1–5, "metric" gir verdien skåren er lest av, "reason" gir begrunnelsen.',
    en: 'Optional: "score" (default) gives the 1–5 score, "metric" the value the score was read from, "reason" the explanation.',
  },
  language: {
    nb: 'Valgfritt: "nb" (standard, skalaens offisielle ordlyd) eller "en".',
    en: 'Optional: "nb" (default, the scale\'s official wording) or "en".',
  },
  unit: {
    nb: 'Valgfritt: "prosent" (0–100) eller "andel" (0–1). Uten verdi leses tall over 1 som prosent og tall fra 0 til 1 som andel.',
    en: 'Optional: "percent" (0–100) or "fraction" (0–1). When left out, numbers above 1 are read as percent and numbers from 0 to 1 as fractions.',
  },
  item: {
    nb: 'Evalueringspunktets nummer på skårskjemaet (1–25) eller dets ID, f.eks. "staffing.caseload_size".',
    en: 'The item\'s number on the score sheet (1–25) or its id, e.g. "staffing.caseload_size".',
  },
  caps: {
    nb: 'Valgfritt: én ja/nei-celle per begrensning for punktet, i rekkefølgen CAPS(punkt) viser; ja når begrensningen gjelder. Tom = nei.',
    en: 'Optional: one yes/no cell per cap of the item, in the order CAPS(item) lists them; yes when the cap applies. Blank = no.',
  },
  score: { nb: 'Valgfritt: skår 1–5.', en: 'Optional: a score 1–5.' },
  specialists: {
    nb: 'Valgfritt: antall jobbspesialister i teamet. Med én jobbspesialist kreves minst 5 jobber, ellers minst 10 (standard: minst to jobbspesialister).',
    en: 'Optional: the number of employment specialists on the team. One specialist needs at least 5 jobs, otherwise 10 (default: two or more specialists).',
  },
  before_ips: {
    nb: 'Valgfritt, én celle per jobb: ja = jobben ble skaffet før personen kom inn i IPS og regnes ikke med. Tom = nei.',
    en: 'Optional, one cell per job: yes = the job was obtained before the person entered IPS and is not counted. Blank = no.',
  },
};
