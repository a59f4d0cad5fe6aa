import { versioned } from '../shared/versions/versioned';
import { PostVersion } from './post-version.entity';
import { SocialWorkerPost } from './social-worker-post.entity';

/** A post's kind and administrative residence, kept as dated versions (issue 17): where it was on any date. */
export const POST_VERSIONS = versioned({ record: SocialWorkerPost, version: PostVersion, key: 'post', attributes: ['kind', 'residence'] });
