import { describe, expect, it } from 'vitest';
import { detectSecret } from '../../src/model/secrets.js';

// detectSecret first looks for the literal prefix of any known token format and skips the format loop when
// there is none (a speed-up for descriptions and examples): every format must still be found.
describe('secret detection prefilter', () => {
  const random = (length: number, alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789') => {
    let seed = length * 7919 + alphabet.length;
    return Array.from({ length }, () => alphabet[(seed = (seed * 48271) % 2147483647) % alphabet.length]).join('');
  };
  const hex = '0123456789abcdef';
  const cases: Array<[string, string]> = [
    [['sk', '_live_', random(24)].join(''), 'Stripe live secret key'],
    [['wh', 'sec_', random(32)].join(''), 'Stripe webhook signing secret'],
    [['gh', 'p_', random(36)].join(''), 'GitHub token'],
    [['github', '_pat_', random(22), '_', random(59)].join(''), 'GitHub fine-grained token'],
    [['AK', 'IA', random(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')].join(''), 'AWS access key id'],
    [['xo', 'xb-', random(30)].join(''), 'Slack token'],
    [['https://hooks.', 'slack.com/services/T', random(9, 'ABCDEFGHJKLMNPQRSTUVWXYZ2345679'), '/B', random(9, 'ABCDEFGHJKLMNPQRSTUVWXYZ2345679'), '/', random(24)].join(''), 'Slack webhook URL'],
    [['AI', 'za', random(35)].join(''), 'Google API key'],
    [['gl', 'dt-', random(24)].join(''), 'GitLab token'],
    [['SG', '.', random(22), '.', random(43)].join(''), 'SendGrid API key'],
    [['sq0', 'csp-', random(30)].join(''), 'Square access token'],
    [['sk', '-proj-', random(40)].join(''), 'OpenAI/Anthropic-style secret key'],
    [['np', 'm_', random(36)].join(''), 'npm token'],
    [['pypi', '-AgEIcHlwaS5vcmc', random(60)].join(''), 'PyPI token'],
    [['shp', 'at_', random(32, hex)].join(''), 'Shopify access token'],
    [['do', 'p_v1_', random(64, hex)].join(''), 'DigitalOcean token'],
    [['ke', 'y-', random(32, hex)].join(''), 'Mailgun API key'],
    [['https://', 'AC', random(32, hex), ':', random(32, hex.split('').reverse().join('')), '@'].join(''), 'Twilio auth credentials URL'],
  ];

  it('still finds every well-known token format, alone and inside text', () => {
    for (const [value, kind] of cases) {
      expect(detectSecret(value)?.kind, kind).toBe(kind);
      expect(detectSecret(`curl -H "Authorization: Bearer ${value}" https://api.example.com`)?.kind, kind).toBe(kind);
    }
  });

  it('finds JWTs, private keys and high-entropy credential fields without a token prefix', () => {
    const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
    expect(detectSecret(`${header}.${random(24)}.${random(43)}`)?.kind).toBe('JWT');
    expect(detectSecret(`-----BEGIN RSA PRIVATE KEY-----\n${random(64)}\n${random(64)}\n-----END RSA PRIVATE KEY-----`)?.kind).toBe('rsa private key');
    expect(detectSecret(random(40), 'client_secret')?.kind).toBe('high-entropy value in "client_secret"');
    expect(detectSecret('A plain description of the endpoint that lists widgets.', 'token')).toBeUndefined();
  });
});
