// The codes column detection and the import report share: the kinds of file, and what can happen to a file,
// row or cell (the UI translates each code). Apart from both, so that neither imports the other.
/** `plan`: the workspace export's settings file (setting/value rows, src/io/planCsv.ts). */
export type FileKind = 'members' | 'skills' | 'expertise' | 'matrix' | 'plan';

export type IssueCode =
  // file level
  | 'file_empty'
  | 'file_xlsx'
  | 'file_xls'
  | 'file_not_table'
  | 'file_binary'
  | 'file_header_only'
  | 'file_unrecognised'
  | 'file_no_level_column'
  | 'file_parse_failed'
  | 'file_odd_byte'
  | 'file_fods'
  | 'file_ods_unreadable'
  | 'file_ods_too_large'
  | 'file_ods_damaged'
  | 'file_ods_tag_too_large'
  | 'file_ods_columns'
  | 'file_ods_rows'
  | 'file_ods_cells'
  | 'file_too_large'
  | 'file_cell_too_long'
  | 'file_too_wide'
  | 'file_row_too_long'
  // columns
  | 'column_duplicate'
  | 'column_ignored'
  | 'column_unnamed'
  // rows
  | 'row_no_member'
  | 'row_no_skill'
  | 'row_bad_level'
  | 'row_no_level'
  | 'row_extra_cells'
  | 'row_quotes'
  | 'row_quote_unclosed'
  | 'row_bad_bytes'
  | 'row_other_delimiter'
  // cells
  | 'cell_bad_value'
  | 'cell_workload_fraction'
  // warnings
  | 'member_created'
  | 'skill_created'
  | 'members_created_summary'
  | 'skills_created_summary'
  | 'conflict_attribute'
  | 'conflict_level'
  | 'conflict_stored'
  | 'more_issues'
  | 'rows_above_header'
  | 'workload_fraction'
  | 'row_total'
  // the workspace plan (a members file's plan column, the settings file)
  | 'cell_bad_plan_mark'
  | 'row_unknown_setting'
  | 'row_bad_setting';
