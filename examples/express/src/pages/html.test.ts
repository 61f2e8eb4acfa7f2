import { describe, expect, it } from 'vitest';
import { accountPage } from './account.js';
import { errorPage } from './error.js';
import { escapeHtml, html } from './html.js';

const hostile = `"><script>alert('x')</script>&`;

describe('html', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(hostile)).toBe(
      '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;',
    );
  });

  it('escapes interpolations but keeps nested fragments and drops empty values', () => {
    const inner = html`<b>${hostile}</b>`;
    const out = html`<p title="${hostile}">${inner}${[html`<i>1</i>`, '<2>']}${null}${false}</p>`;
    expect(out.toString()).toBe(
      `<p title="${escapeHtml(hostile)}"><b>${escapeHtml(hostile)}</b><i>1</i>&lt;2&gt;</p>`,
    );
  });
});

describe('pages', () => {
  it('never lets user or error data into the markup unescaped', () => {
    const account = accountPage({
      email: hostile,
      name: hostile,
      organizationId: hostile,
      role: hostile,
      permissions: [hostile],
      otherOrganizations: [{ organizationId: hostile, organizationName: hostile, role: hostile }],
    });
    const error = errorPage({ code: hostile, message: hostile });
    for (const page of [account, error]) {
      expect(page).not.toContain('<script>');
      expect(page).toContain(escapeHtml(hostile));
    }
  });

  it('renders one switch button per other organization and one chip per permission', () => {
    const page = accountPage({
      email: 'a@example.com',
      name: null,
      organizationId: 'org_1',
      role: 'admin',
      permissions: ['a:read', 'a:write'],
      otherOrganizations: [
        { organizationId: 'org_2', organizationName: 'Two', role: 'member' },
        { organizationId: 'org_3', organizationName: 'Three', role: 'member' },
      ],
    });
    expect(page.match(/data-testid="switch-org-/g)).toHaveLength(2);
    expect(page).toContain('data-testid="switch-org-org_3"');
    expect(page).toContain('<li class="chip" data-testid="permission">a:read</li>');
    expect(page).toContain('<li class="chip" data-testid="permission">a:write</li>');
  });
});
