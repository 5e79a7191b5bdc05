// The smallest app of the npm path, for shared-signals.test.ts to bundle: createGrapevine with
// the built-in UI, the way an app imports it.
import { createGrapevine } from '@grapevine/widget';

createGrapevine({ endpoint: 'https://api.example.com/grapevine', siteKey: 'pk_test_1' });
