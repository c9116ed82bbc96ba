import { msg } from '@lit/localize';
import type { WorkSupportRoute } from '../core/model/urgent-help.ts';

/**
 * National routes into employment support across the UK, for when no employment support is near
 * (the Work Foundation's "direct route"). A service replaces them with `workSupport`, e.g. with its
 * local IPS service and its own Jobcentre. Functions, so the words follow the locale.
 */
export function defaultWorkSupport(): WorkSupportRoute[] {
  return [
    {
      id: 'jobcentre-plus',
      name: msg('Jobcentre Plus'),
      description: msg('A work coach can help you look for work and tell you about training. Ask at your local Jobcentre.'),
      website: 'https://www.gov.uk/contact-jobcentre-plus',
    },
    {
      id: 'access-to-work',
      name: msg('Access to Work'),
      description: msg('Help to start or stay in work if you have a health condition or a disability.'),
      call: '0800 121 7479',
      website: 'https://www.gov.uk/access-to-work',
    },
    {
      id: 'national-careers-service',
      name: msg('National Careers Service'),
      description: msg('Free advice about jobs, courses and training.'),
      call: '0800 100 900',
      website: 'https://nationalcareers.service.gov.uk',
    },
    {
      id: 'ips',
      name: msg('Individual Placement and Support (IPS)'),
      description: msg('Help to find work if you have a mental health problem. Ask your GP or your mental health team.'),
    },
  ];
}
