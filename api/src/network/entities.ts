import { PostAssignment } from './post-assignment.entity';
import { PostQualification } from './post-qualification.entity';
import { PostSector } from './post-sector.entity';
import { Replacement } from './replacement.entity';
import { PostVersion } from './post-version.entity';
import { SocialWorkerPost } from './social-worker-post.entity';

export const networkEntities = [SocialWorkerPost, PostVersion, PostSector, PostAssignment, Replacement, PostQualification];
