// English UI text. Keys are shared with messages.ru.ts (the type there enforces the same set).
export const en = {
  'app.title': 'Expertise Map',
  'app.tagline': 'Who knows what in the ambassador club',
  'app.loading': 'Loading the workspace…',
  'app.sampleBadge': 'Sample data',
  'app.language': 'Language',
  'app.errorTitle': 'Something went wrong',
  'app.errorBody': 'The page hit an error it did not expect. Your stored workspace is untouched.',
  'app.reload': 'Reload the page',
  'app.localOnly': 'Your data stays in this browser',

  // SPEC fixes the report's totals as "<N> members", "<M> skills", "<K> links", whatever N is.
  'totals.members': { one: '{count} members', other: '{count} members' },
  'totals.skills': { one: '{count} skills', other: '{count} skills' },
  'totals.links': { one: '{count} links', other: '{count} links' },
  'totals.ambassadors': { one: '{count} ambassador', other: '{count} ambassadors' },

  'tabs.map': 'Map',
  'tabs.gaps': 'Gap report',
  'tabs.label': 'Views',

  'import.button': 'Import CSV',
  'import.hint': 'CSV, TSV or TXT: members, skills, expertise or a matrix. Several files at once.',
  'import.dropHere': 'Drop CSV files to import them',
  'import.running': 'Importing {files}…',
  'import.overall': 'Import progress',
  'import.fileProgress': 'file {index} of {count}: {name}',
  'import.choiceTitle': 'Import into the current workspace',
  'import.choiceBody':
    'The workspace already holds {members} and {skills}. Replace it with the imported files, or merge them into it?',
  'import.replace': 'Replace',
  'import.merge': 'Merge',
  'import.cancel': 'Cancel',
  'import.failed': 'The import failed: {reason}',

  'report.title': 'Import report',
  'report.close': 'Close',
  'report.mode.replace': 'The workspace was replaced.',
  'report.mode.merge': 'The files were merged into the workspace.',
  'report.file': 'File',
  'report.kind': 'Kind',
  'report.encoding': 'Encoding',
  'report.delimiter': 'Delimiter',
  'report.rowsRead': 'Rows read',
  'report.imported': 'Imported',
  'report.merged': 'Merged',
  'report.rejected': 'Rejected',
  'report.blankLines': 'Blank lines skipped',
  'report.columns': 'Columns',
  'report.reviseColumns': 'Change columns…',
  'report.skillColumns': '{count} skill columns ({first}, …)',
  'export.delimiter.auto': 'as the language suggests',
  'export.delimiter.tab': 'Tab',
  'history.restoreEntry': 'Restore the workspace of {date}',
  'report.issues': 'Problems and notes',
  'report.noIssues': 'Every row was read without a problem.',
  'report.more': '…and {count} more',
  'report.showMore': 'Show {count} more',
  'report.where.row': 'row {row}',
  'report.where.column': 'column “{column}”',
  'report.severity.error': 'Error',
  'report.severity.warning': 'Warning',
  'report.severity.info': 'Note',
  'report.downloadRejected': 'Download rejected rows',

  'mapping.title': 'Which column is which?',
  'mapping.intro':
    'Some columns could not be recognised from their headers, or two columns could mean the same thing. Assign each column below; nothing is imported until you confirm. Your choice is remembered for files with the same headers.',
  'mapping.needMember':
    'Choose the column that names the member (name or id), or the skill for a skills file.',
  'mapping.needLevel': 'Members and skills are chosen: choose the column that holds the level too.',
  'mapping.willImport': 'Will be imported as: {kind}.',
  'mapping.import': 'Import with these columns',
  'mapping.columnRole': 'Meaning of column “{column}”',
  'mapping.choice.ignore': '— ignore —',
  'mapping.choice.name': 'Member: name',
  'mapping.choice.member_id': 'Member: id',
  'mapping.choice.skill': 'Skill: name',
  'mapping.choice.skill_id': 'Skill: id',
  'mapping.choice.level': 'Level',
  'mapping.choice.skill_column': 'A skill (matrix column of levels)',
  'mapping.choice.interest': 'Interest (yes/no)',
  'mapping.choice.department': 'Department',
  'mapping.choice.location': 'Location',
  'mapping.choice.title': 'Job title',
  'mapping.choice.email': 'Email',
  'mapping.choice.status': 'Status',
  'mapping.choice.ambassador': 'Ambassador (yes/no)',
  'mapping.choice.workload': 'Workload, %',
  'mapping.choice.activity': 'Activity',
  'mapping.choice.roles': 'Community roles',
  'mapping.choice.category': 'Skill category',
  'mapping.choice.target': 'Target (ambassadors needed)',
  'mapping.choice.required_level': 'Required level',
  'mapping.choice.weight': 'Weight',
  'report.mapping.chosen': 'Columns as you assigned them.',
  'report.mapping.remembered': 'Columns as you assigned them for a file with the same headers before.',
  'kind.members': 'members',
  'kind.skills': 'skills',
  'kind.expertise': 'expertise (long list)',
  'kind.matrix': 'matrix (wide)',
  'kind.unknown': 'not recognised',
  'role.ignored': 'ignored',
  'role.skill': 'skill',

  'delimiter.,': 'comma',
  'delimiter.;': 'semicolon',
  'delimiter.\t': 'tab',
  'delimiter.|': 'pipe',

  'issue.file_empty': 'The file is empty.',
  'issue.file_xlsx':
    'This looks like an Excel workbook or a zip, but it could not be read (damaged, password-protected or not a workbook). Open it in Excel and save it as “CSV UTF-8”.',
  'issue.file_xls':
    'This is an old Excel 97–2003 workbook (.xls), which the app cannot read. Save it in Excel as .xlsx or “CSV UTF-8” and import that file.',
  'issue.file_not_table': 'This file in the zip is not a table (CSV, TSV, TXT or XLSX), so it was not read.',
  'issue.file_binary': 'This is not a text file (it contains binary data). Pick a CSV file.',
  'issue.file_header_only': 'The file has a header row but no data rows.',
  'issue.file_unrecognised':
    'No member or skill column was recognised in the header, so the file was not imported. Expected a column such as “name”, “ФИО”, “skill” or “навык”.',
  'issue.file_no_level_column':
    'The file names members and skills but has no level column (“level”, “уровень”), so its rows were not imported.',
  'issue.file_parse_failed': 'The file could not be read as CSV.',
  'issue.column_duplicate':
    'This column repeats a field that an earlier column already gives; it was ignored.',
  'issue.column_ignored': 'This column is not a known field; it was ignored.',
  'issue.column_unnamed': 'A column without a header holds data; it was ignored.',
  'issue.row_no_member': 'The row names no member (the name and id cells are empty); it was rejected.',
  'issue.row_no_skill': 'The row names no skill; it was rejected (its member is kept).',
  'issue.row_bad_level':
    'The level “{value}” cannot be read (use 0–5 or a word such as “advanced”): the row’s link was rejected; its member and skill are kept.',
  'issue.row_no_level':
    'The level cell is empty: the row’s link was rejected; its member and skill are kept.',
  'issue.row_extra_cells':
    'The row has more cells than the header; it was rejected. An unquoted delimiter inside a value?',
  'issue.row_quote_unclosed':
    'A quote opened in this row is never closed; it was read as an ordinary character so that the rows after it are not lost. Check this row.',
  'issue.row_bad_bytes':
    'This row has bytes that are not valid UTF-8, although the file is UTF-8 before it; they show as �. Check the row, or save the whole file again as UTF-8.',
  'issue.cell_workload_fraction':
    '“{value}” was read as {percent} % (a share of one, as Excel keeps percentages). Write “{value}%” if a fraction of a percent was meant.',
  'issue.row_other_delimiter':
    'This row seems saved with another delimiter ({found} where the file uses {expected}): its text is all in the first cell. It was not imported; save the file again with one delimiter.',
  'issue.row_quotes': 'A quote in this row is not closed; the row may be merged with the next lines.',
  'issue.cell_bad_value':
    'The value “{value}” cannot be read; the cell was skipped, the rest of the row kept.',
  'issue.member_created': 'The member “{value}” is in no members file; they were created.',
  'issue.skill_created': 'The skill “{value}” is in no skills file; it was created with the defaults.',
  'issue.members_created_summary': 'Members created from this file: {count}.',
  'issue.skills_created_summary':
    'Skills created from this file with the defaults (target 1, level 3, weight 1): {count}.',
  'issue.conflict_attribute':
    '“{owner}”: “{value}” replaces “{previous}” given in {previousFile}, row {previousRow} (the value read later wins).',
  'issue.conflict_stored':
    '“{owner}”: “{value}” replaces “{previous}” that the workspace had (Merge: the imported value wins).',
  'issue.conflict_level':
    '“{member}” – “{skill}” is given again: level {kept} kept, {other} dropped (the higher level wins).',

  'issue.more_issues': '…and {count} more like “{kind}” in this file: counted, not listed.',
  'issue.workload_fraction':
    'The workload cells hold fractions, as Excel stores percentages (0.75 shows as 75%): they were read as percentages.',
  'issue.rows_above_header':
    'The header was found on this row; the {count} row(s) above it (a title?) were not imported.',
  'issue.row_total': 'This row is a total (“{value}”), not a person; it was rejected.',
  'status.gap': 'Gap',
  'status.single_holder': 'Single holder',
  'status.covered': 'Covered',
  'memberStatus.ambassador': 'Ambassador',
  'memberStatus.employee': 'Employee',
  'memberStatus.alumni': 'Alumni',
  'category.uncategorised': 'Uncategorised',

  'legend.title': 'Legend',
  'legend.ambassador': 'Ambassador',
  'legend.unique': 'Unique expertise',
  'legend.employee': 'Employee (candidate pool)',
  'legend.alumni': 'Alumni',

  'graph.label': 'Expertise map graph',
  'graph.mode': 'Show',
  'graph.mode.ambassadors': 'Ambassadors',
  'graph.mode.everyone': 'Everyone',
  'graph.category': 'Category',
  'graph.allCategories': 'All categories',
  'graph.fit': 'Fit',
  'graph.clearFocus': 'Show all',
  'graph.focused': 'Focused on “{name}”',
  'graph.truncated':
    'Showing the {shown} most connected members; {hidden} more are hidden. Filter by category or click a skill to focus.',
  'graph.thinned':
    'Only links at the required level are drawn; click a skill or a person to see all of theirs.',
  'graph.failed': 'The map could not be drawn ({reason}). The gap report and the exports still work.',
  'graph.find': 'Find a skill or person',
  'graph.notFound': 'Nothing called “{query}”.',
  'graph.empty': 'Nothing to draw yet: import a file with members and skills.',
  'graph.loading': 'Drawing the map…',
  'graph.summary': 'gaps: {gaps}, single holders: {single}, covered: {covered}',

  'panel.empty':
    'Click a skill to see who holds it and who could close its gap; click a person to see what they know.',
  'panel.close': 'Close details',
  'panel.category': 'Category',
  'panel.coverage': 'Coverage',
  'panel.target': 'Target',
  'panel.gap': 'Gap',
  'panel.requiredLevel': 'Required level',
  'panel.weight': 'Weight',
  'panel.holders': 'Holders (ambassadors at the required level)',
  'panel.noHolders': 'No ambassador holds this skill at the required level.',
  'panel.candidates': 'Candidates (not yet ambassadors)',
  'panel.noCandidates': 'Nobody outside the club has this skill at the required level.',
  'panel.focus': 'Focus the map here',
  'panel.level': 'level {level}',
  'panel.score': 'score {score}',
  'panel.department': 'Department',
  'panel.location': 'Location',
  'panel.title': 'Title',
  'panel.status': 'Status',
  'panel.workload': 'Workload',
  'panel.roles': 'Roles',
  'panel.skills': 'Skills',
  'panel.noSkills': 'No skills recorded.',
  'panel.candidateScore': 'Candidate score',
  'panel.scoreExplain': '{skill}: weight {weight} × level {level}/5 × workload factor {factor} = {points}',
  'panel.scoreNone': 'Closes no open gap, so the score is 0.',
  'panel.unknown': '—',
  'panel.uniqueHolder': 'Unique expertise: the only ambassador holding {skill}',

  'gaps.title': 'Gap report',
  'gaps.caption': 'Skills by gap, weight and name. Click a header to sort, a skill to see it on the map.',
  'gaps.export': 'Export gap report',
  'gaps.col.skill_id': 'Skill ID',
  'gaps.col.skill': 'Skill',
  'gaps.col.category': 'Category',
  'gaps.col.required_level': 'Level',
  'gaps.col.target': 'Target',
  'gaps.col.coverage': 'Coverage',
  'gaps.col.gap': 'Gap',
  'gaps.col.weight': 'Weight',
  'gaps.col.status': 'Status',
  'gaps.col.holders': 'Holders',
  'gaps.col.candidate_count': 'Candidates',
  'gaps.col.top_candidates': 'Top candidates',
  'gaps.filter': 'Filter skills',
  'gaps.empty': 'No skills in the workspace yet.',
  'gaps.formula':
    'coverage = ambassadors at or above the required level; gap = max(0, target − coverage); candidate score = Σ over open-gap skills of weight × level / 5 × (1 − workload / 200).',

  'csv.gap.skill_id': 'skill_id',
  'csv.gap.skill': 'skill',
  'csv.gap.category': 'category',
  'csv.gap.required_level': 'required_level',
  'csv.gap.target': 'target',
  'csv.gap.coverage': 'coverage',
  'csv.gap.gap': 'gap',
  'csv.gap.status': 'status',
  'csv.gap.holders': 'holders',
  'csv.gap.candidate_count': 'candidate_count',
  'csv.gap.top_candidates': 'top_candidates',
  'csv.status.gap': 'gap',
  'csv.status.single_holder': 'single_holder',
  'csv.status.covered': 'covered',
  'csv.rejected.file': 'file',
  'csv.rejected.row': 'row',
  'csv.rejected.reason': 'reason',
  'gaps.noMatch': 'No skill matches “{filter}”.',
  'csv.gapFileName': 'gap-report.csv',

  'csv.workspaceFileName': 'expertise-map-workspace',
  'csv.rejectedFileName': 'rejected-rows.csv',
  'export.workspace': 'Export workspace',
  'export.settings': 'CSV',
  'export.delimiter': 'Delimiter',
  'export.bom': 'UTF-8 with BOM (for Excel)',

  'storage.saveFailed':
    'The workspace could not be saved in this browser: {reason}. It stays open here, but a reload would lose the changes.',
  'storage.quota': 'the browser’s storage is full',
  'storage.unavailable': 'storage is not available (private window?)',
  'storage.corrupt':
    'The stored workspace could not be read; it was kept aside and the sample was opened instead.',
  'storage.newer':
    'This workspace was saved by a newer version of the app. It is kept as it was; this version does not save over it, so changes made here are not kept. Open the newer version to work on it.',
  'storage.otherTab':
    'The workspace was changed in another tab of this app; this tab now shows that version.',
  'storage.otherTabDuringImport':
    'Another tab of this app saved the workspace while this import ran. This import replaced it; the other tab’s version is in History.',
  'history.button': 'History',
  'history.title': 'Earlier workspaces',
  'history.intro':
    'The workspace before each of the last {limit} imports or restores is kept in this browser.',
  'history.empty':
    'No earlier workspace yet: one is kept each time an import or a restore changes the workspace.',
  'history.entry': '{date}: {members}, {skills}, {links}',
  'history.reason.import': 'before an import',
  'history.reason.restore': 'before a restore',
  'history.sample': 'sample',
  'history.restore': 'Restore',
  'history.restoreFailed': 'That earlier workspace could not be read; the current one is unchanged.',
  'report.unchanged': 'Nothing could be imported from these files, so the workspace was left as it was.',
  'report.undo': 'Undo this import',
  'storage.dismiss': 'Dismiss',
} as const;

export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}
type Widen<T> = T extends string ? string : PluralForms;
export type Messages = { [K in keyof typeof en]: Widen<(typeof en)[K]> };
export type MessageKey = keyof typeof en;
