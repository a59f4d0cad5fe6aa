import { CommissionMember } from './commission-member.entity';
import { CommissionSession } from './commission-session.entity';
import { Commission } from './commission.entity';
import { Opinion } from './opinion.entity';
import { SessionAttendance } from './session-attendance.entity';

export const commissionEntities = [Commission, CommissionMember, CommissionSession, Opinion, SessionAttendance];
