import { describe, expect, it } from 'vitest';
import { runImport } from './runImport';
import { byteTable } from '../byteTable';
import { warmUpFiles } from './warmUp';
import { emptyWorkspace } from '../../domain/types';

describe('warm-up import', () => {
  it('goes through the byte reader and imports every made-up row, as a real import would', () => {
    const files = warmUpFiles(2000);
    for (const f of files) expect(byteTable(f.bytes)).not.toBeNull();
    const { workspace, report } = runImport(files, emptyWorkspace(), 'replace');
    expect(workspace.members).toHaveLength(300);
    expect(workspace.skills).toHaveLength(40);
    const expertise = report.files[2];
    expect(expertise.kind).toBe('expertise');
    expect(expertise.rowsRead).toBe(2000);
    expect(expertise.imported + expertise.merged).toBe(2000);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
