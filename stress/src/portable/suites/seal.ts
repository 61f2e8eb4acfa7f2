import { sessionEncryption } from '@workos/authkit-session';
import { assert, assertEqual, assertRejects, defineSuite } from '../mini-test.js';

const PASSWORD = 'portable-suite-password-0123456789abcdef';
const OLD_PASSWORD = 'portable-suite-old-password-0123456789ab';

/** iron sealing round trips, rejects tampering and honours password rotation. */
export const sealSuite = defineSuite('seal', (test) => {
  test('seals and unseals a session object', async () => {
    const data = {
      accessToken: 'a.b.c',
      refreshToken: 'r',
      user: { id: 'user_1', email: 'ü@example.com' },
    };
    const sealed = await sessionEncryption.sealData(data, { password: PASSWORD });
    assert(sealed.startsWith('Fe26.2*'), 'iron Fe26.2 format');
    const opened = await sessionEncryption.unsealData<typeof data>(sealed, { password: PASSWORD });
    assertEqual(JSON.stringify(opened), JSON.stringify(data), 'round trip');
  });

  test('rejects a wrong password', async () => {
    const sealed = await sessionEncryption.sealData({ a: 1 }, { password: PASSWORD });
    await assertRejects(
      () => sessionEncryption.unsealData(sealed, { password: OLD_PASSWORD }),
      'wrong password',
    );
  });

  test('rejects a tampered seal', async () => {
    const sealed = await sessionEncryption.sealData({ a: 1 }, { password: PASSWORD });
    const middle = Math.floor(sealed.length / 2);
    const flipped = `${sealed.slice(0, middle)}${sealed[middle] === 'A' ? 'B' : 'A'}${sealed.slice(middle + 1)}`;
    await assertRejects(
      () => sessionEncryption.unsealData(flipped, { password: PASSWORD }),
      'tampered',
    );
  });

  test('unseals with any rotated password, seals with the first', async () => {
    const old = await sessionEncryption.sealData({ v: 'old' }, { password: OLD_PASSWORD });
    const rotated = [PASSWORD, OLD_PASSWORD];
    const opened = await sessionEncryption.unsealData<{ v: string }>(old, { password: rotated });
    assertEqual(opened.v, 'old', 'old seal opens after rotation');
    const fresh = await sessionEncryption.sealData({ v: 'new' }, { password: rotated });
    const reopened = await sessionEncryption.unsealData<{ v: string }>(fresh, {
      password: PASSWORD,
    });
    assertEqual(reopened.v, 'new', 'new seal uses the first password');
  });
});
