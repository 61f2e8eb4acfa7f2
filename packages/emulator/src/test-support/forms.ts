import { HTML_ENTITIES } from '../pages.js';

/** A form found in an HTML page: where it posts and the fields a browser would submit. */
export interface ParsedForm {
  testId: string | null;
  action: string;
  method: string;
  fields: Record<string, string>;
  /** Each `<select>`'s options, by field name. */
  options: Record<string, string[]>;
}

const attr = (tag: string, name: string): string | null => {
  const found = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return found ? decodeEntities(found[1]!) : null;
};

/** Undoes `escapeHtml` (`&amp;` last). */
function decodeEntities(value: string): string {
  return HTML_ENTITIES.reduceRight((text, [char, entity]) => text.replaceAll(entity, char), value);
}

/** Extracts every form with its inputs and selects (selected option, else the first) from HTML. */
export function parseForms(html: string): ParsedForm[] {
  const forms: ParsedForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const open = match[1]!;
    const body = match[2]!;
    const fields: Record<string, string> = {};
    const options: Record<string, string[]> = {};
    for (const input of body.matchAll(/<input\b[^>]*>/g)) {
      const name = attr(input[0], 'name');
      if (name) fields[name] = attr(input[0], 'value') ?? '';
    }
    for (const select of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
      const name = attr(select[0], 'name');
      if (!name) continue;
      const all = [...select[2]!.matchAll(/<option\b[^>]*>/g)].map((o) => o[0]);
      options[name] = all.map((o) => attr(o, 'value') ?? '');
      const chosen = all.find((o) => /\sselected\b/.test(o)) ?? all[0];
      fields[name] = chosen ? (attr(chosen, 'value') ?? '') : '';
    }
    forms.push({
      testId: attr(open, 'data-testid'),
      action: attr(open, 'action') ?? '',
      method: (attr(open, 'method') ?? 'get').toUpperCase(),
      fields,
      options,
    });
  }
  return forms;
}

/** Submits a parsed form like a browser (form-encoded POST, redirects not followed). */
export function submitForm(
  pageUrl: string,
  form: ParsedForm,
  overrides: Record<string, string> = {},
) {
  return fetch(new URL(form.action, pageUrl), {
    method: form.method,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...form.fields, ...overrides }).toString(),
    redirect: 'manual',
  });
}
