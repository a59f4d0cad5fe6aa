import { describe, expect, it } from 'vitest';
import { DesignatingAuthority } from '../../referential/enums';
import { meetingPerimeterRule, meetingWindow } from '../correspondents.rules';
import { MeetingWindow } from '../enums';

describe('the yearly information meeting [001 §2.5 « au moins une fois par an »]', () => {
  it('last 12 months: from the day after the same date a year before, to the date', () => {
    expect(meetingWindow('2026-06-30', MeetingWindow.LAST_12_MONTHS)).toEqual({ from: '2025-07-01', to: '2026-06-30' });
    expect(meetingWindow('2026-01-05', MeetingWindow.LAST_12_MONTHS)).toEqual({ from: '2025-01-06', to: '2026-01-05' });
    expect(meetingWindow('2024-02-29', MeetingWindow.LAST_12_MONTHS)).toEqual({ from: '2023-03-01', to: '2024-02-29' });
  });

  it('previous calendar year: the whole year before the date’s, whatever the day (not every perimeter flagged in January)', () => {
    expect(meetingWindow('2026-01-01', MeetingWindow.PREVIOUS_CALENDAR_YEAR)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(meetingWindow('2026-12-31', MeetingWindow.PREVIOUS_CALENDAR_YEAR)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('a meeting is departmental or central; a central one may name its perimeter', () => {
    expect(meetingPerimeterRule('d35', null)).toEqual([]);
    expect(meetingPerimeterRule(null, DesignatingAuthority.POLICE)).toEqual([]);
    expect(meetingPerimeterRule(null, null)).toEqual([]);
    expect(meetingPerimeterRule('d35', DesignatingAuthority.POLICE)[0].code).toBe('INFORMATION_MEETING_PERIMETER');
    expect(meetingPerimeterRule(null, DesignatingAuthority.PREFECT)[0].code).toBe('INFORMATION_MEETING_PERIMETER');
  });
});
