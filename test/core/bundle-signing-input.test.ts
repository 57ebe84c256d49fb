// The signature is checked over bytes copied from the picked file (parse.ts `signingInputOf`), not
// over the members encoded again. If the copy were off by one byte, a file would be checked against
// other bytes than the payload read from it. For files written in any member order and spacing, the
// copied input is the encoded one; a file that is not plain ASCII JSON keeps no source.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBundleFile, returnSigningInput, signingInputFromSpare, signingInputOf } from '../../renderer/src/core/bundle/parse';
import { encodeBundleFile, exportedFileParts } from '../../renderer/src/core/bundle/sign';

const b64 = fc.stringMatching(/^[A-Za-z0-9_-]{1,60}$/);
const ws = fc.stringMatching(/^[ \t\r\n]{0,3}$/);

describe('signing input', () => {
  it('copied from the file is the members encoded, whatever their order and spacing', () => {
    fc.assert(
      fc.property(b64, b64, fc.stringMatching(/^[A-Za-z0-9_-]{86}$/), fc.array(ws, { minLength: 14, maxLength: 14 }), fc.constantFrom([0, 1, 2], [1, 0, 2], [2, 1, 0], [1, 2, 0]), (prot, payload, sig, w, order) => {
        const members = [['protected', prot], ['payload', payload], ['signature', sig]] as const;
        let k = 0;
        const text = `${w[k++]}{${order.map((i) => `${w[k++]}"${members[i]![0]}"${w[k++]}:${w[k++]}"${members[i]![1]}"${w[k++]}`).join(',')}}${w[k++]}`;
        const parsed = parseBundleFile(new TextEncoder().encode(text));
        expect(parsed.source).toBeDefined();
        expect(signingInputOf(parsed.jws, parsed.source)).toEqual(new TextEncoder().encode(`${prot}.${payload}`));
        expect(signingInputOf(parsed.jws)).toEqual(new TextEncoder().encode(`${prot}.${payload}`));
      }),
      { numRuns: 300 },
    );
  });

  it('a file in another JSON form keeps no source: its members are encoded', () => {
    const escaped = '{"protected":"ab","payload":"c\\u0064","signature":"' + 'A'.repeat(86) + '"}';
    const parsed = parseBundleFile(new TextEncoder().encode(escaped));
    expect(parsed.source).toBeUndefined();
    expect(signingInputOf(parsed.jws, parsed.source)).toEqual(new TextEncoder().encode('ab.cd'));
  });
});

describe('signing inputs made in kept buffers', () => {
  it('are the same bytes as a new one, whatever longer input the buffer held before', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(b64, fc.stringMatching(/^[A-Za-z0-9_-]{1,3000}$/)), { minLength: 1, maxLength: 6 }), (files) => {
        for (const [prot, payload] of files) {
          const text = `{"payload":"${payload}","protected":"${prot}","signature":"${'A'.repeat(86)}"}`;
          const parsed = parseBundleFile(new TextEncoder().encode(text));
          const input = signingInputFromSpare(parsed.jws, parsed.source);
          expect(input).toEqual(new TextEncoder().encode(`${prot}.${payload}`));
          returnSigningInput(input);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('are never handed out twice while in use', () => {
    const jws = { protected: 'eyJh', payload: 'QUJD', signature: 'A'.repeat(86) };
    // Whatever other checks in this thread left kept: here two buffers of the same size.
    const left = [signingInputFromSpare(jws), signingInputFromSpare(jws)];
    left.forEach(returnSigningInput);
    const a = signingInputFromSpare(jws);
    returnSigningInput(a);
    const b = signingInputFromSpare(jws);
    const c = signingInputFromSpare(jws);
    expect(b.buffer).toBe(a.buffer);
    expect(c.buffer).not.toBe(b.buffer);
    // Given back twice, kept once.
    returnSigningInput(b);
    returnSigningInput(b);
    expect(signingInputFromSpare(jws).buffer).toBe(b.buffer);
    expect(signingInputFromSpare(jws).buffer).not.toBe(b.buffer);
  });
});

describe('a picked file made again from its signing input', () => {
  it('is the file byte for byte when laid out as exported, and only then is it taken as such', async () => {
    const cases = fc.sample(fc.tuple(b64, fc.stringMatching(/^[A-Za-z0-9_-]{1,2000}$/), fc.stringMatching(/^[A-Za-z0-9_-]{86}$/)), 60);
    for (const [prot, payload, sig] of cases) {
      const jws = { protected: prot, payload, signature: sig };
      const file = encodeBundleFile(jws);
      const parsed = parseBundleFile(file);
      expect(parsed.source?.exported).toBe(true);
      const made = new Uint8Array(await new Blob(exportedFileParts(jws, signingInputFromSpare(parsed.jws, parsed.source))).arrayBuffer());
      expect(made).toEqual(file);
      // Any other layout of the same members: its bytes are kept as picked, never made again.
      const text = new TextDecoder().decode(file);
      for (const other of [text.trimEnd(), ` ${text}`, text.replace('","payload"', '", "payload"'), JSON.stringify({ payload, protected: prot, signature: sig }), `${text}\n`])
        expect(parseBundleFile(new TextEncoder().encode(other)).source?.exported).toBe(false);
    }
  });
});
