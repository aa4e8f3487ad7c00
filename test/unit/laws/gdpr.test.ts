import { baseUnder, gdprCases } from './gdpr-cases.ts';
import { describeLaw } from './harness.ts';

describeLaw('EU', baseUnder('EU'), gdprCases('EU'));
