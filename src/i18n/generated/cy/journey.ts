// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
's0379fc73608ab971': `Wedi gorffen`,
's08385d3d4d6e7cd6': `Hepgor hyn a gofyn am alwad`,
's11801b4b60084cc5': `Eich cynllun`,
's13519c1209d3aa97': `Parhau i'ch cynllun`,
's2c5d66588e0628a1': `Rydw i'n helpu rhywun i lenwi hwn`,
's2ceb11be2290bb1b': `Canslo`,
's2f91f7cc13109999': `Yn ôl i'ch cynllun`,
's460c17405a60271e': `(wedi'i wneud)`,
's47f279154671436d': `Beth sy'n bwysig i chi`,
's60bf3966f1993db6': `Atebwch ychydig o gwestiynau er mwyn i ni allu awgrymu pethau i chi. Neu gallwch:`,
's684b6bfe5d516e5c': str`Cam ${0} o ${1}`,
's7caa4534719785f3': `Rydyn ni wedi rhoi'r gweithgareddau sy'n cyfateb orau i'r hyn a ddywedoch chi wrthym yn gyntaf. Mae pob un yn dweud pam.`,
's7db6f159dfaeb800': `Dod o hyd i ragor o weithgareddau`,
's86799ceffc0799ea': `Gorffen a chlirio`,
's8f8ddca7aeecd4d3': `Mae'n ddrwg gennym, ni wnaeth y dudalen hon lwytho`,
's9aba096e5728a72d': `Mae hyn yn tynnu'r holl atebion a'r cynllun oddi ar y sgrin hon, fel na all y person nesaf eu gweld.`,
'sa16bb9251008a0e0': `Clirio popeth?`,
'sa42c5912e8d5de71': `Eich cynnydd`,
'sae9a02f5e1936d90': `Chwiliwch am weithgareddau yn agos atoch. Ychwanegwch y rhai rydych chi'n eu hoffi at eich cynllun.`,
'sb536e592b05be6a6': `Ie, clirio popeth`,
'sdbbe97e286f0d44c': `Gweithgareddau i chi`,
'sdf489de58c5bc301': `Yn ôl i'r hyn sy'n bwysig i chi`,
'sf3f0601e4667cb44': `Hepgor hyn ac edrych ar weithgareddau`,
'sf64dc817d2bf238a': `Gofyn am alwad`,
};
