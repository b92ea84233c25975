// The importer's two ways in give one outcome (tests/helpers/importBoth.ts), on hand-written examples: a long
// list with repeats, conflicts and bad cells, a merge, more distinct cells than byteTable interns.
import { describe, expect, test } from 'vitest';
import { runImport } from './runImport';
import type { ImportOutcome } from './types';
import { emptyWorkspace } from '../../domain/types';
import { utf16, utf8 } from '../../../tests/helpers/bytes';
import { expectSameOutcome, importBoth } from '../../../tests/helpers/importBoth';

describe('examples', () => {
  test('a long list with repeats, conflicts, total rows and bad cells imports alike', () => {
    const rows = [
      'Табельный номер;ФИО;Навык;Уровень;Интерес;Подразделение',
      'T1;Анна Иванова;SQL;3;да;ИТ',
      'T1;Анна Иванова;Python;4;;ИТ',
      ';Вера Ёлкина;SQL;2;нет;HR',
      'T1;Анна Иванова;SQL;5;да;ИТ', // conflict: 3 and 5
      ';Вера Ёлкина;SQL;2;нет;HR',
      ';Итого;;14;;',
      'T2;Анна Иванова;SQL;3;да;Продажи', // a namesake with another id
      'T1;Анна Иванова;Python;abc;;ИТ', // bad level
      ';Вера Ёлкина;Python;;нет;HR', // no level
      ';Вера Ёлкина;Python;1;может;HR', // bad interest
      'T1;Анна Иванова;SQL;3;да', // short row
      'T2;Анна Иванова;SQL;3;да;Продажи;;лишнее', // extra cells
      ' ;Вера Ёлкина;SQL;2;нет;HR', // white-space id
      ';Вера Ёлкина;SQL;2;нет;Финансы', // another department: attribute conflict
      ';;;;;',
      'T1;Анна Иванова;SQL;3;да;ИТ',
    ];
    const { fast, slow } = importBoth([{ name: 'long.csv', text: rows.join('\r\n') + '\r\n' }], 'replace');
    expectSameOutcome(fast, slow);
    expect(fast.workspace.members.map((m) => [m.memberId, m.name, m.department])).toEqual([
      ['T1', 'Анна Иванова', 'ИТ'],
      ['', 'Вера Ёлкина', 'Финансы'],
      ['T2', 'Анна Иванова', 'Продажи'],
    ]);
    expect(fast.report.files[0]).toMatchObject({ kind: 'expertise', rowsRead: 15, blankLines: 1 });
  });

  test('merge into a workspace, a members file first: alike', () => {
    const members = 'Табельный номер;ФИО;Подразделение\nT1;Анна Иванова;ИТ\n;Глеб Смирнов;HR\n';
    const expertise =
      'ФИО;Навык;Уровень;Интерес\nАнна Иванова;SQL;4;да\nГлеб Смирнов;Go;2;\nАнна Иванова;SQL;4;да\nВера Ёлкина;Go;0;\n';
    const { fast, slow } = importBoth(
      [
        { name: 'expertise.csv', text: expertise },
        { name: 'members.csv', text: members },
      ],
      'merge',
    );
    expectSameOutcome(fast, slow);
  });

  // Cells past byteTable's interning limit (2^21 distinct cells) get a number below -1, which Recall never
  // keeps. Before 00f1875 they got -1, the empty cell's number: Вера was recalled as Борис and disappeared.
  test('after 2^21 distinct cells, new names are not taken for one another', () => {
    const wide = ['Анна', 'Python', '3'];
    for (let i = 0; i <= 1 << 21; i++) wide.push(`u${i.toString(36)}`);
    const text = [
      'ФИО;Навык;Уровень',
      'Анна;Python;3',
      wide.join(';'),
      'Борис;Python;3',
      'Вера;Python;3',
      'Вера;Python;3',
      '',
    ].join('\n');
    const fast = runImport([{ name: 'wide.csv', bytes: utf8(text) }], emptyWorkspace(), 'replace');
    const slow = runImport([{ name: 'wide.csv', bytes: utf16(text, true) }], emptyWorkspace(), 'replace');
    expect(fast.report.files[0].encoding).toBe('utf-8');
    expect(fast.workspace.members.map((m) => m.name)).toEqual(['Анна', 'Борис', 'Вера']);
    expect(fast.workspace.members).toEqual(slow.workspace.members);
    expect(fast.workspace.links).toEqual(slow.workspace.links);
    const counts = (o: ImportOutcome) =>
      o.report.files.map(({ rowsRead, imported, merged, rejected }) => ({
        rowsRead,
        imported,
        merged,
        rejected,
      }));
    expect(counts(fast)).toEqual(counts(slow));
  });
});
