/** The two languages the scale is published in here: the official Norwegian wording and English. */
export type Language = 'nb' | 'en';
export const LANGUAGES: readonly Language[] = ['nb', 'en'];

/** A piece of user-facing text in both languages. */
export type Text = Readonly<Record<Language, string>>;

export function text(nb: string, en: string): Text {
  return { nb, en };
}
