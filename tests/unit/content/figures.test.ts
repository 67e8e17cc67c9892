import { describe, expect, test } from 'vitest';
import { figuresIn } from '../../../src/lib/content/figures';

describe('figuresIn', () => {
  const cases: { description: string; input: string; expected: string[] }[] = [
    { description: 'English hours, minutes, days', input: 'Call within 48 hours, book a 10-minute call, 60 days of use.', expected: ['10 min', '48 h', '60 d'] },
    { description: 'French units and no-break space', input: 'sous 48\u00a0heures, un appel de 10\u00a0min, 60\u00a0jours, 1\u00a0To, 60\u00a0%', expected: ['1 TB', '10 min', '48 h', '60 %', '60 d'] },
    { description: 'Portuguese units', input: 'em até 48 horas, 15 a 30 minutos, 45 dias, 100 GB', expected: ['15 min', '30 min', '45 d', '48 h', '100 GB'] },
    { description: 'Japanese units and full-width digits', input: '４８時間以内に、１５〜３０分、６０日以内、１ＴＢ、６０％', expected: ['1 TB', '15 min', '30 min', '48 h', '60 %', '60 d'] },
    { description: 'a range gives both ends', input: 'Book 15 to 30 minutes; usage between 0 and 100%.', expected: ['0 %', '15 min', '30 min', '100 %'] },
    { description: 'number words from two up', input: 'a three-day rule, trois jours, dois dias, two weeks', expected: ['2 d', '2 wk', '3 d'] },
    { description: 'one of a time unit is ignored (an article in fr/pt)', input: 'a week, one week, une semaine, 1 semaine, 1週間, 1 day', expected: [] },
    { description: 'one of a size or a percentage is kept', input: '1 TB, 1%', expected: ['1 %', '1 TB'] },
    { description: 'week numbers before and after', input: 'week 4, weeks 5–6, semaines 5 à 10, semanas 7 a 10, 第4週, 第5週〜第6週, 10週目', expected: ['4 wk', '5 wk', '6 wk', '7 wk', '10 wk'] },
    { description: 'round the clock', input: '24/7 support', expected: ['7 d', '24 h'] },
    { description: 'French round the clock', input: 'assistance 24h/24, 5j/7', expected: ['5 d', '24 h'] },
    { description: 'decimals in either notation', input: '99.6% and 99,6 %', expected: ['99.6 %'] },
    { description: 'dates and years are not durations', input: '3月1日、2026年', expected: [] },
    { description: 'numbers inside words or product names are not figures', input: 'Office 365, Dynamics 365 and often days; 十分です', expected: [] },
    { description: 'a percentage right after Japanese text', input: '利用率は60%です', expected: ['60 %'] },
    { description: 'months', input: '3 months, 3 mois, 3 meses, 3か月', expected: ['3 mo'] },
    { description: 'French order words between number and unit', input: 'les 28 derniers jours, les 60 premiers jours', expected: ['28 d', '60 d'] },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(figuresIn(input)).toEqual(expected));
});
