import './models';
import { measureColumns } from './columns-measure';

// The entry bundled and run by benchColumns in a child node process: prints the section as JSON.
process.stdout.write(JSON.stringify(measureColumns()));
