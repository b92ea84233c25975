import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DISPLAY_MAX, TITLE_MAX } from '../../components/cut';
import type { ColumnChoice } from '../../io/detect';
import { emptyFileReport, type FileReport, type ImportIssue } from '../../io/report';
import { useImportFlow } from '../../store/importFlow';
import { useUi } from '../../store/ui';
import { FileSummary } from './FileSummary';
import { MAPPING_COLUMNS_SHOWN, MappingDialog } from './MappingDialog';

const MB = 1_000_000;

function fileWith(headers: string[], rows: string[][], choices: ColumnChoice[]): FileReport {
  return {
    ...emptyFileReport('wide.csv'),
    needsMapping: true,
    preview: { headers, rows },
    choices,
    signature: 'sig',
  };
}

function openMapping(file: FileReport) {
  useImportFlow.setState({
    mappingStep: { picked: [], mode: 'replace', files: [{ index: 0, file }], base: null },
  });
  return render(<MappingDialog />);
}

describe('the mapping step with long cells and wide files', () => {
  beforeEach(() => useUi.setState({ lang: 'en' }));
  afterEach(() => useImportFlow.setState({ mappingStep: null }));

  test('a 1 MB header and a 1 MB cell show cut, their titles capped', () => {
    const header = 'H'.repeat(MB);
    const cell = 'c'.repeat(MB);
    openMapping(fileWith(['name', header], [['Anna', cell]], ['name', 'ignore']));
    const shownHeader = screen.getByText(`${'H'.repeat(DISPLAY_MAX)}…`);
    expect(shownHeader.getAttribute('title')).toBe(`${'H'.repeat(TITLE_MAX)}…`);
    const shownCell = screen.getByText(`${'c'.repeat(DISPLAY_MAX)}…`);
    expect(shownCell.getAttribute('title')).toBe(`${'c'.repeat(TITLE_MAX)}…`);
    // The select names the column by its cut header too.
    expect(screen.getByLabelText(`Meaning of column “${'H'.repeat(DISPLAY_MAX)}…”`)).toBeInTheDocument();
    // Nothing on the page holds the whole of either text.
    expect(document.body.innerHTML.length).toBeLessThan(20_000);
    // A short header is shown whole, without a title.
    expect(screen.getByText('name', { selector: '.mapping-header' })).not.toHaveAttribute('title');
  });

  test('a 10,000-column header renders at most 200 selects and says plainly that the file is too wide', () => {
    const headers = Array.from({ length: 10_000 }, (_, i) => `Skill ${i + 1}`);
    headers[0] = 'name';
    const choices: ColumnChoice[] = headers.map((_, i) => (i === 0 ? 'name' : 'skill_column'));
    const rows = [headers.map((_, i) => (i === 0 ? 'Anna' : '3'))];
    const started = performance.now();
    openMapping(fileWith(headers, rows, choices));
    const took = performance.now() - started;
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getAllByRole('combobox')).toHaveLength(MAPPING_COLUMNS_SHOWN);
    expect(dialog).toHaveTextContent(
      'This file has 10000 columns; the first 200 are shown here. The columns beyond them keep the meaning proposed for them',
    );
    console.info(`mapping step, 10,000 columns: rendered in ${Math.round(took)} ms`);
    expect(took).toBeLessThan(2000);
  });

  test('the columns beyond those shown keep their proposed roles when the person imports', () => {
    const headers = Array.from({ length: 300 }, (_, i) => (i === 0 ? 'name' : `Skill ${i}`));
    const choices: ColumnChoice[] = headers.map((_, i) => (i === 0 ? 'name' : 'skill_column'));
    let answered: ReadonlyMap<number, ColumnChoice[]> | null = null;
    useImportFlow.setState({ answerMapping: (chosen) => (answered = chosen) });
    openMapping(fileWith(headers, [], choices));
    screen.getByRole('button', { name: 'Import with these columns' }).click();
    expect(answered!.get(0)).toEqual(choices);
  });

  test('a narrow file shows every column and no notice', () => {
    openMapping(fileWith(['name', 'Python'], [['Anna', '3']], ['name', 'skill_column']));
    expect(screen.getAllByRole('combobox')).toHaveLength(2);
    expect(screen.queryByText(/This file has/)).toBeNull();
  });
});

describe('in Russian', () => {
  afterEach(() => useImportFlow.setState({ mappingStep: null }));
  test('the wide-file notice agrees with the number', () => {
    useUi.setState({ lang: 'ru' });
    const headers = Array.from({ length: 1_001 }, (_, i) => (i === 0 ? 'ФИО' : `Навык ${i}`));
    openMapping(
      fileWith(
        headers,
        [],
        headers.map((_, i) => (i === 0 ? 'name' : 'skill_column')),
      ),
    );
    expect(screen.getByRole('dialog')).toHaveTextContent(
      'В этом файле 1001 столбец; здесь показаны первые 200.',
    );
  });
});

describe('the import report with long cells and wide files', () => {
  beforeEach(() => useUi.setState({ lang: 'en' }));

  test('a 1 MB header and value show cut in the columns and in the issues that quote them', () => {
    const header = 'H'.repeat(MB);
    const value = 'v'.repeat(MB);
    const file: FileReport = {
      ...emptyFileReport('team.csv'),
      columns: [
        { header: 'name', role: 'name' },
        { header, role: 'ignored' },
      ],
    };
    const issues: ImportIssue[] = [
      { severity: 'warning', code: 'column_ignored', file: 'team.csv', row: 1, column: header },
      { severity: 'error', code: 'row_bad_level', file: 'team.csv', row: 2, column: 'level', value },
    ];
    render(<FileSummary file={file} issues={issues} />);
    const cutHeader = `${'H'.repeat(DISPLAY_MAX)}…`;
    expect(screen.getByText(/^Columns:/)).toHaveTextContent(`name → Member: name; ${cutHeader} → ignored`);
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(`The level “${'v'.repeat(DISPLAY_MAX)}…” cannot be read`);
    expect(items[1]).toHaveTextContent(`column “${cutHeader}”`);
    expect(document.body.innerHTML.length).toBeLessThan(20_000);
  });

  test('a 10,000-column file names 50 columns and counts the rest; 10,000 issues list 40 entries', () => {
    const columns = Array.from({ length: 10_000 }, (_, i) => ({ header: `Extra ${i + 1}`, role: 'ignored' }));
    const issues: ImportIssue[] = columns.map((c) => ({
      severity: 'warning',
      code: 'column_ignored',
      file: 'wide.csv',
      row: 1,
      column: c.header,
    }));
    const started = performance.now();
    render(<FileSummary file={{ ...emptyFileReport('wide.csv'), columns }} issues={issues} />);
    const took = performance.now() - started;
    expect(screen.getByText(/^Columns:/)).toHaveTextContent('Extra 50 → ignored; 9950 more columns');
    const [outer] = screen.getAllByRole('list');
    expect(within(outer).getAllByRole('listitem')).toHaveLength(40);
    expect(screen.getByRole('button', { name: /Show 9960 more/ })).toBeInTheDocument();
    console.info(`import report, 10,000 columns and issues: rendered in ${Math.round(took)} ms`);
    expect(took).toBeLessThan(2000);
  });
});
