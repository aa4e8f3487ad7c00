import { baseUnder, gdprCases } from './gdpr-cases.ts';
import { describeLaw } from './harness.ts';

describeLaw('UK', baseUnder('UK'), gdprCases('UK'));
