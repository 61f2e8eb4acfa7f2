// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Impersonation } from './impersonation.js';
import { AuthKitCoreProvider } from './provider.js';
import { alice, testTransport } from './test-support/transport.js';
import type { AuthKitProviderProps } from './types.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLDivElement;
let transport: ReturnType<typeof testTransport>;
beforeEach(() => {
  container = document.createElement('div');
  root = createRoot(container);
  transport = testTransport();
  transport.getOrganization.mockImplementation(async (id) => ({ id, name: 'Acme' }));
});
afterEach(() => act(() => root.unmount()));

const impersonated = {
  user: alice,
  sessionId: 'session_1',
  organizationId: 'org_1',
  impersonator: { email: 'admin@example.com', reason: 'ticket 42' },
};
const render = (initialAuth: AuthKitProviderProps['initialAuth'], side?: 'top' | 'bottom') =>
  act(async () =>
    root.render(
      <AuthKitCoreProvider transport={transport} initialAuth={initialAuth}>
        <Impersonation side={side} returnTo="/bye" className="mine" />
      </AuthKitCoreProvider>,
    ),
  );
const button = (label: RegExp) =>
  [...container.querySelectorAll('button')].find((b) =>
    label.test(`${b.textContent} ${b.getAttribute('aria-label') ?? ''}`),
  );

describe('<Impersonation>', () => {
  it('renders nothing without an impersonator', async () => {
    await render({ user: alice, sessionId: 'session_1' });
    expect(container.innerHTML).toBe('');
    expect(transport.getOrganization).not.toHaveBeenCalled();
  });

  it('names the user and the organization, sits on the chosen side, and passes div props', async () => {
    await render(impersonated, 'top');
    expect(transport.getOrganization).toHaveBeenCalledWith('org_1');
    const rootElement = container.querySelector('[data-workos-impersonation-root]');
    expect(rootElement?.className).toBe('mine');
    expect(container.textContent).toContain(
      'You are impersonating alice@example.com within the Acme organization (ticket 42)',
    );
    const bar = container.querySelector<HTMLElement>('[role="status"]');
    expect(bar?.style.top).toBe('0px');
    expect(bar?.style.bottom).toBe('');
  });

  it('minimises to a corner button and comes back', async () => {
    await render(impersonated);
    await act(async () => button(/Minimise/)?.click());
    expect(container.querySelector('[data-minimized="true"]')).not.toBeNull();
    expect(container.textContent).not.toContain('You are impersonating');
    await act(async () => button(/Show/)?.click());
    expect(container.textContent).toContain('You are impersonating');
  });

  it('Stop signs out and follows the logout URL', async () => {
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    await render(impersonated);
    await act(async () => button(/^Stop/)?.click());
    expect(transport.signOut).toHaveBeenCalledWith({ returnTo: '/bye' });
    expect(assign).toHaveBeenCalledWith('https://logout.test/');
    expect(container.innerHTML).toBe('');
    assign.mockRestore();
  });
});
