import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  fieldScore,
  hasMetricColumn,
  headerSetKey,
  MIN_SCORE,
  missingFields,
  missingRequired,
  sanitizeMapping,
  suggestMapping,
} from '../../../src/lib/mapping/match';
import type { FieldId, Mapping } from '../../../src/lib/tracker/fields';
import { HEADER_SETS } from '../fixtures/mapping/header-sets';

describe('suggestMapping', () => {
  describe('whole header rows', () => {
    for (const { description, input, expected } of HEADER_SETS) {
      test(description, () => expect(suggestMapping(input)).toEqual(expected));
    }
  });

  test('the sample shipped with the site maps every column', () => {
    const [headerLine = ''] = readFileSync('public/samples/partner-export.csv', 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    const headers = headerLine.split(',');
    const mapping = suggestMapping(headers);
    expect(Object.values(mapping).sort()).toEqual([...headers].sort());
  });

  describe('vendor export names, one at a time', () => {
    const cases: { description: string; input: string; expected: FieldId }[] = [
      { description: 'Partner Center customerName', input: 'customerName', expected: 'client' },
      { description: 'Partner Center customerId', input: 'customerId', expected: 'clientId' },
      { description: 'Partner Center productName', input: 'productName', expected: 'product' },
      { description: 'Partner Center licensesSold', input: 'licensesSold', expected: 'seatsPurchased' },
      { description: 'Partner Center licensesDeployed', input: 'licensesDeployed', expected: 'seatsAssigned' },
      { description: 'Partner Center deploymentPercent', input: 'deploymentPercent', expected: 'deploymentPct' },
      { description: 'Partner Center licensesActive', input: 'licensesActive', expected: 'activeUsers' },
      { description: 'Partner Center usagePercent', input: 'usagePercent', expected: 'usagePct' },
      { description: 'insights CustomerName', input: 'CustomerName', expected: 'client' },
      { description: 'insights CustomerTenantId', input: 'CustomerTenantId', expected: 'clientId' },
      { description: 'Microsoft 365 Assigned', input: 'Assigned', expected: 'seatsAssigned' },
      { description: 'Microsoft 365 Activated', input: 'Activated', expected: 'usersActivated' },
      { description: 'Adobe Licenses', input: 'Licenses', expected: 'seatsPurchased' },
      // Adobe's Anniversary Date is the yearly renewal date, never the start (tracker.md §2; was startDate before).
      { description: 'Adobe Anniversary Date', input: 'Anniversary Date', expected: 'renewalDate' },
      { description: 'Adobe distributor Renewal date', input: 'Renewal date', expected: 'renewalDate' },
      { description: 'Adobe distributor Current quantity', input: 'Current quantity', expected: 'seatsPurchased' },
      { description: 'Adobe distributor Adobe Customer ID', input: 'Adobe Customer ID', expected: 'clientId' },
      { description: 'VIP Marketplace renewalDate', input: 'renewalDate', expected: 'renewalDate' },
      { description: 'VIP Marketplace cotermDate', input: 'cotermDate', expected: 'renewalDate' },
      { description: 'Adobe VIP currentQuantity', input: 'currentQuantity', expected: 'seatsPurchased' },
      { description: 'Adobe VIP usedQuantity', input: 'usedQuantity', expected: 'seatsAssigned' },
      { description: '3DEXPERIENCE Activation rate', input: 'Activation rate', expected: 'activationPct' },
      { description: '3DEXPERIENCE Tenant Activation link', input: 'Tenant Activation link', expected: 'activationLink' },
    ];
    for (const { description, input, expected } of cases) {
      test(description, () => expect(suggestMapping([input])).toEqual({ [expected]: input }));
    }
  });

  test('insights IsAutoRenew (a yes/no flag) is not taken for the renewal date', () => {
    expect(suggestMapping(['IsAutoRenew'])).toEqual({});
  });

  describe('percent headers of tracker.md §2, in the four languages', () => {
    const cases: { description: string; input: string[]; expected: Mapping }[] = [
      {
        description: 'a Portuguese export with only percent columns maps all three',
        input: ['Cliente', '% de ativação', '% de implantação', '% de uso'],
        expected: { client: 'Cliente', activationPct: '% de ativação', deploymentPct: '% de implantação', usagePct: '% de uso' },
      },
      { description: 'Activation %', input: ['Activation %'], expected: { activationPct: 'Activation %' } },
      { description: '% activated', input: ['% activated'], expected: { activationPct: '% activated' } },
      { description: '% d’utilisation', input: ['% d’utilisation'], expected: { usagePct: '% d’utilisation' } },
      { description: 'Utilisateurs actifs (%)', input: ['Utilisateurs actifs (%)'], expected: { usagePct: 'Utilisateurs actifs (%)' } },
      { description: 'Pourcentage d’attribution', input: ['Pourcentage d’attribution'], expected: { deploymentPct: 'Pourcentage d’attribution' } },
      { description: 'Taxa de uso', input: ['Taxa de uso'], expected: { usagePct: 'Taxa de uso' } },
      { description: 'アクティベーション率', input: ['アクティベーション率'], expected: { activationPct: 'アクティベーション率' } },
      { description: '利用率(%)', input: ['利用率(%)'], expected: { usagePct: '利用率(%)' } },
      // A '%' synonym needs the header to say it is a percentage: bare words are left to the rep.
      { description: 'bare "Uso" is not a percentage', input: ['Uso'], expected: {} },
      { description: 'bare "Ativação" is not a percentage', input: ['Ativação'], expected: {} },
    ];
    for (const { description, input, expected } of cases) {
      test(description, () => expect(suggestMapping(input)).toEqual(expected));
    }
  });

  describe('new fields', () => {
    const cases: { description: string; input: string[]; expected: Mapping }[] = [
      { description: 'start, renewal and end dates', input: ['Start Date', 'Renewal date'], expected: { startDate: 'Start Date', renewalDate: 'Renewal date' } },
      { description: 'French renewal', input: ['Date de renouvellement'], expected: { renewalDate: 'Date de renouvellement' } },
      { description: 'Portuguese renewal', input: ['Data de renovação'], expected: { renewalDate: 'Data de renovação' } },
      { description: 'Japanese renewal and start', input: ['更新日', '開始日'], expected: { renewalDate: '更新日', startDate: '開始日' } },
      { description: 'phone next to a contact', input: ['Contact', 'Phone'], expected: { adminName: 'Contact', adminPhone: 'Phone' } },
      { description: 'French phone', input: ['Téléphone'], expected: { adminPhone: 'Téléphone' } },
      { description: 'Portuguese phone', input: ['Telefone'], expected: { adminPhone: 'Telefone' } },
      { description: 'Japanese phone', input: ['電話番号'], expected: { adminPhone: '電話番号' } },
    ];
    for (const { description, input, expected } of cases) {
      test(description, () => expect(suggestMapping(input)).toEqual(expected));
    }
  });

  describe('percent or count', () => {
    const cases: { description: string; input: string[]; expected: Mapping }[] = [
      { description: 'Deployment % is a percentage', input: ['Deployment %'], expected: { deploymentPct: 'Deployment %' } },
      { description: 'Taux de déploiement', input: ['Taux de déploiement'], expected: { deploymentPct: 'Taux de déploiement' } },
      { description: 'Taxa de implantação', input: ['Taxa de implantação'], expected: { deploymentPct: 'Taxa de implantação' } },
      { description: '展開率', input: ['展開率'], expected: { deploymentPct: '展開率' } },
      { description: 'Licences attribuées is a count', input: ['Licences attribuées'], expected: { seatsAssigned: 'Licences attribuées' } },
      {
        description: 'a count name with (%) is that count’s percentage',
        input: ['Licences attribuées (%)'],
        expected: { deploymentPct: 'Licences attribuées (%)' },
      },
      {
        description: 'count and percentage columns side by side',
        input: ['Assigned %', 'Assigned', 'Activated', 'Activated (%)', 'Active Users', 'Active Users %'],
        expected: {
          seatsAssigned: 'Assigned',
          deploymentPct: 'Assigned %',
          usersActivated: 'Activated',
          activationPct: 'Activated (%)',
          activeUsers: 'Active Users',
          usagePct: 'Active Users %',
        },
      },
      { description: 'full-width percent sign', input: ['利用者数（％）'], expected: { usagePct: '利用者数（％）' } },
      { description: 'percent word in Portuguese', input: ['Percentual de uso'], expected: { usagePct: 'Percentual de uso' } },
      { description: 'a percentage of purchased seats fits no field', input: ['Licenses Purchased %'], expected: {} },
    ];
    for (const { description, input, expected } of cases) {
      test(description, () => expect(suggestMapping(input)).toEqual(expected));
    }
  });

  describe('wording a synonym list does not hold word for word', () => {
    const cases: { description: string; input: string[]; expected: Mapping }[] = [
      { description: 'a synonym inside a longer header', input: ['Total Licenses Purchased'], expected: { seatsPurchased: 'Total Licenses Purchased' } },
      { description: 'singular for plural', input: ['License Purchased'], expected: { seatsPurchased: 'License Purchased' } },
      { description: 'words in another order', input: ['Name Customer'], expected: { client: 'Name Customer' } },
      { description: 'an email column named after the customer', input: ['Customer Email'], expected: { adminEmail: 'Customer Email' } },
      { description: 'a Japanese synonym inside a longer header', input: ['主担当者名'], expected: { adminName: '主担当者名' } },
      { description: 'a date word inside another word is not a date', input: ['Last Update'], expected: {} },
      { description: 'a lone short word does not match inside others', input: ['Users'], expected: {} },
      { description: 'blank and punctuation-only headers', input: ['', '  ', '#', '%'], expected: {} },
    ];
    for (const { description, input, expected } of cases) {
      test(description, () => expect(suggestMapping(input)).toEqual(expected));
    }
  });

  describe('each header and each field used once', () => {
    const cases: { description: string; input: string[]; expected: Mapping }[] = [
      {
        description: 'two client-like columns: the exact one wins, the other stays free',
        input: ['Company', 'Customer Name', 'Admin Name'],
        expected: { client: 'Company', adminName: 'Admin Name' },
      },
      {
        description: 'a header matching two fields goes to the best score only',
        input: ['Licenses Assigned', 'Licenses'],
        expected: { seatsAssigned: 'Licenses Assigned', seatsPurchased: 'Licenses' },
      },
      {
        description: 'the same header text twice is mapped once',
        input: ['Client', 'Client'],
        expected: { client: 'Client' },
      },
    ];
    for (const { description, input, expected } of cases) {
      test(description, () => expect(suggestMapping(input)).toEqual(expected));
    }

    test('no header is used twice in any header set', () => {
      for (const { input } of HEADER_SETS) {
        const used = Object.values(suggestMapping(input));
        expect(new Set(used).size).toBe(used.length);
      }
    });
  });

  test('a file without a client-like column has the client missing', () => {
    const mapping = suggestMapping(['Seats', 'Email', 'Start date', 'Last Update', 'Notes']);
    expect(mapping).toEqual({ seatsPurchased: 'Seats', adminEmail: 'Email', startDate: 'Start date' });
    expect(missingRequired(mapping)).toEqual(['client']);
  });
});

describe('fieldScore', () => {
  const cases: { description: string; input: [string, FieldId]; expected: 'match' | 'no match' }[] = [
    { description: 'exact synonym', input: ['Customer', 'client'], expected: 'match' },
    { description: 'an id header is not the name', input: ['Customer Tenant Number ID', 'client'], expected: 'no match' },
    { description: 'a link header is not the name', input: ['Tenant Activation link', 'client'], expected: 'no match' },
    { description: 'an email header is not the admin name', input: ['Admin Email', 'adminName'], expected: 'no match' },
    { description: 'a percent header is never a count', input: ['Activated %', 'usersActivated'], expected: 'no match' },
    { description: 'a plain count header is not a percentage', input: ['Activated', 'activationPct'], expected: 'no match' },
    { description: 'a Japanese id marker keeps a name column off', input: ['顧客識別子', 'client'], expected: 'no match' },
    { description: 'an empty header', input: ['', 'client'], expected: 'no match' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(fieldScore(...input) >= MIN_SCORE ? 'match' : 'no match').toBe(expected));
  }

  test('an exact synonym scores above a contained one', () => {
    expect(fieldScore('Licenses Assigned', 'seatsAssigned')).toBeGreaterThan(fieldScore('Licenses Assigned', 'seatsPurchased'));
  });
});

describe('headerSetKey', () => {
  const cases = [
    { description: 'sorted, normalized', input: ['Tenant ID', 'Customer Name'], expected: 'customername|tenantid' },
    { description: 'order does not matter', input: ['Customer Name', 'Tenant ID'], expected: 'customername|tenantid' },
    { description: 'case, width and punctuation do not matter', input: ['ＴＥＮＡＮＴ_ID', 'customer name'], expected: 'customername|tenantid' },
    { description: 'accents do not matter', input: ['Date de début', 'Client'], expected: 'client|datededebut' },
    { description: 'Japanese kept', input: ['顧客名', 'テナントID'], expected: 'テナントid|顧客名' },
    { description: 'no headers', input: [], expected: '' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(headerSetKey(input)).toBe(expected));
  }

  test('different columns give different keys', () => {
    expect(headerSetKey(['Client', 'Seats'])).not.toBe(headerSetKey(['Client', 'Seats', 'Start Date']));
  });
});

describe('missingRequired', () => {
  const cases: { description: string; input: Mapping; expected: FieldId[] }[] = [
    { description: 'client mapped', input: { client: 'Customer' }, expected: [] },
    { description: 'nothing mapped', input: {}, expected: ['client'] },
    { description: 'other fields only', input: { clientId: 'Tenant ID', seatsPurchased: 'Seats' }, expected: ['client'] },
    { description: 'client mapped to an empty text', input: { client: '' }, expected: ['client'] },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(missingRequired(input)).toEqual(expected));
  }
});

describe('sanitizeMapping', () => {
  const headers = ['Customer Name', 'Start Date', 'Seats'];
  const cases: { description: string; input: Mapping; expected: Mapping }[] = [
    { description: 'all headers present', input: { client: 'Customer Name', startDate: 'Start Date' }, expected: { client: 'Customer Name', startDate: 'Start Date' } },
    { description: 'a header the file lacks is dropped', input: { client: 'Customer Name', product: 'Product' }, expected: { client: 'Customer Name' } },
    { description: 'a header spelled differently takes the file’s spelling', input: { startDate: 'START_DATE' }, expected: { startDate: 'Start Date' } },
    { description: 'an empty header is dropped', input: { product: '' }, expected: {} },
    { description: 'one header may serve two fields when the rep says so', input: { client: 'Seats', seatsPurchased: 'Seats' }, expected: { client: 'Seats', seatsPurchased: 'Seats' } },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(sanitizeMapping(input, headers)).toEqual(expected));
  }

  test('unknown field ids and non-text values from old saved state are dropped', () => {
    const saved = JSON.parse('{"client":"Customer Name","customer":"Seats","seatsPurchased":3}') as Mapping;
    expect(sanitizeMapping(saved, headers)).toEqual({ client: 'Customer Name' });
  });

  test('two headers with the same normalized text: the exact one, else the first', () => {
    expect(sanitizeMapping({ client: 'CLIENT', product: 'client ' }, ['Client', 'CLIENT'])).toEqual({ client: 'CLIENT', product: 'Client' });
  });

  test('an empty header in the file is never matched by normalization', () => {
    expect(sanitizeMapping({ product: '--' }, ['', 'Client'])).toEqual({});
  });

  // A header set named after an Object.prototype member ('Constructor') once
  // looked up the prototype's function as a saved mapping, and reading it threw.
  test('what a plain-object lookup of a prototype name returns is no mapping: nothing, no throw', () => {
    const prototypeValue = ({} as Record<string, unknown>)['constructor'] as { mapping: Mapping };
    expect(sanitizeMapping(prototypeValue.mapping, ['Constructor'])).toEqual({});
    expect(sanitizeMapping(null as unknown as Mapping, ['Constructor'])).toEqual({});
    expect(sanitizeMapping('client' as unknown as Mapping, ['Constructor'])).toEqual({});
  });

  test('headers named like Object.prototype members are plain headers', () => {
    const headers = ['Constructor', '__proto__', 'toString', 'hasOwnProperty', 'Customer Name'];
    expect(sanitizeMapping({ client: 'Customer Name', product: '__proto__', adminName: 'toString' }, headers)).toEqual({ client: 'Customer Name', product: '__proto__', adminName: 'toString' });
    expect(sanitizeMapping({ client: 'constructor' }, headers)).toEqual({ client: 'Constructor' });
    const mapping = sanitizeMapping(JSON.parse('{"__proto__":{"client":"Constructor"},"constructor":"x"}') as Mapping, headers);
    expect(mapping).toEqual({});
    expect(Object.getPrototypeOf(mapping)).toBe(Object.prototype);
  });
});

describe('odd headers (prototype member names)', () => {
  const headers = ['Constructor', '__proto__', 'toString', 'hasOwnProperty'];
  test('suggestMapping maps none of them and does not throw', () => {
    for (const h of headers) expect(suggestMapping([h])).toEqual({});
  });
  test('headerSetKey gives plain text keys', () => {
    expect(headers.map((h) => headerSetKey([h]))).toEqual(['constructor', 'proto', 'tostring', 'hasownproperty']);
  });
});

describe('suggestMapping on any input', () => {
  // Any UTF-16 code units, lone surrogates included: what a badly decoded file gives.
  const anyText = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((codes) => String.fromCharCode(...codes));
  const header = fc.oneof(anyText, fc.constantFrom('Client', 'Licences attribuées (%)', '顧客名', 'Assigned', 'Activated %', ''));

  test('maps only headers of the file, each at most once, without throwing', () => {
    fc.assert(
      fc.property(fc.array(header, { maxLength: 20 }), (headers) => {
        const used = Object.values(suggestMapping(headers));
        expect(new Set(used).size).toBe(used.length);
        for (const h of used) expect(headers).toContain(h);
      }),
    );
  });
});

describe('hasMetricColumn', () => {
  const cases: { description: string; input: Mapping; expected: boolean }[] = [
    { description: 'client only', input: { client: 'Name' }, expected: false },
    { description: 'dates are not metrics', input: { client: 'Name', startDate: 'Start', renewalDate: 'Renewal' }, expected: false },
    { description: 'a count', input: { client: 'Name', seatsPurchased: 'Licenses' }, expected: true },
    { description: 'a percentage', input: { client: 'Name', usagePct: '% de uso' }, expected: true },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(hasMetricColumn(input)).toBe(expected));
  }
});

describe('missingFields', () => {
  const cases: { description: string; input: Mapping; expected: FieldId[] }[] = [
    {
      description: 'Adobe Admin Console: no activation, usage or start; the renewal is there',
      input: { client: 'Organization Name', product: 'Product', seatsPurchased: 'Licenses', seatsAssigned: 'Assigned', renewalDate: 'Anniversary Date' },
      expected: ['clientId', 'vendor', 'adminName', 'adminEmail', 'adminPhone', 'language', 'activationLink', 'usersActivated', 'activeUsers', 'startDate'],
    },
    {
      description: 'percent columns alone make the ratios: no count is listed',
      input: { client: 'Cliente', activationPct: 'a', deploymentPct: 'd', usagePct: 'u' },
      expected: ['clientId', 'product', 'vendor', 'adminName', 'adminEmail', 'adminPhone', 'language', 'activationLink', 'startDate', 'renewalDate'],
    },
    {
      description: 'the list of mapped fields works like a mapping',
      input: ['client', 'clientId', 'product', 'vendor', 'adminName', 'adminEmail', 'adminPhone', 'language', 'activationLink', 'seatsPurchased', 'seatsAssigned', 'usersActivated', 'activeUsers', 'startDate', 'renewalDate'] as unknown as Mapping,
      expected: [],
    },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(missingFields(input)).toEqual(expected));
  }
});
