// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
's0379fc73608ab971': `Gotowe`,
's08385d3d4d6e7cd6': `Pomiń to i poproś o telefon`,
's11801b4b60084cc5': `Twój plan`,
's13519c1209d3aa97': `Przejdź do swojego planu`,
's2c5d66588e0628a1': `Pomagam komuś to wypełnić`,
's2ceb11be2290bb1b': `Anuluj`,
's2f91f7cc13109999': `Wróć do swojego planu`,
's460c17405a60271e': `(gotowe)`,
's47f279154671436d': `Co jest dla Ciebie ważne`,
's60bf3966f1993db6': `Odpowiedz na kilka pytań, abyśmy mogli coś Ci zaproponować. Albo:`,
's684b6bfe5d516e5c': str`Krok ${0} z ${1}`,
's7caa4534719785f3': `Na początku pokazujemy zajęcia, które najlepiej pasują do Twoich odpowiedzi. Przy każdej propozycji piszemy, dlaczego.`,
's7db6f159dfaeb800': `Znajdź więcej zajęć`,
's86799ceffc0799ea': `Zakończ i wyczyść`,
's8f8ddca7aeecd4d3': `Przepraszamy, ta strona się nie wczytała`,
's9aba096e5728a72d': `To usuwa z ekranu wszystkie odpowiedzi i plan, więc następna osoba ich nie zobaczy.`,
'sa16bb9251008a0e0': `Wyczyścić wszystko?`,
'sa42c5912e8d5de71': `Twoje postępy`,
'sae9a02f5e1936d90': `Szukaj zajęć w swojej okolicy. Dodaj do planu te, które Ci się podobają.`,
'sb536e592b05be6a6': `Tak, wyczyść wszystko`,
'sdbbe97e286f0d44c': `Zajęcia dla Ciebie`,
'sdf489de58c5bc301': `Wróć do tego, co jest dla Ciebie ważne`,
'sf3f0601e4667cb44': `Pomiń to i zobacz zajęcia`,
'sf64dc817d2bf238a': `Poproś o telefon`,
};
