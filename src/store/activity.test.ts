// The activity model is made once per analysis and thresholds: the section, the map and the panel share it.
import { describe, expect, test } from 'vitest';
import { analyse } from '../domain/analysis';
import { DEFAULT_ACTIVITY_THRESHOLDS } from '../domain/types';
import { club } from '../../tests/helpers/workspaces';
import { activityOf } from './activity';

describe('activityOf', () => {
  test('the same model for the same analysis and equal thresholds; a new one when either changes', () => {
    const analysis = analyse(club, { locale: 'en' });
    const model = activityOf(analysis, DEFAULT_ACTIVITY_THRESHOLDS);
    expect(activityOf(analysis, { ...DEFAULT_ACTIVITY_THRESHOLDS })).toBe(model);
    const stricter = activityOf(analysis, { ...DEFAULT_ACTIVITY_THRESHOLDS, quietBelow: 80 });
    expect(stricter).not.toBe(model);
    expect(stricter.thresholds.quietBelow).toBe(80);
    expect(activityOf(analysis, DEFAULT_ACTIVITY_THRESHOLDS)).toBe(model);
    expect(activityOf(analyse(club, { locale: 'en' }), DEFAULT_ACTIVITY_THRESHOLDS)).not.toBe(model);
  });
});
