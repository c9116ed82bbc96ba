import type { ActivityInput } from '../../src/core/model/activity.ts';
import { NEED_AREAS, type NeedAreaId } from '../../src/core/model/need-area.ts';
import { DAYS } from '../../src/core/model/common.ts';

/** mulberry32: a tiny seeded generator, so every run measures the same 10,000 activities. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Ashby Vale', 'Kelby Wold', 'Northgate', 'Millbrook', 'St Anne’s', 'Hollow Green', 'Riverside', 'Castle Hill', 'Brookfield', 'Elm Park', 'Sutton Cross', 'Fairholme'];
const VENUES = ['Community Centre', 'Library', 'Church Hall', 'Village Hall', 'Leisure Centre', 'Health Centre', 'Methodist Church', 'Mosque Community Room', 'Youth Club', 'Park Café', 'Allotments', 'Sports Ground'];
const STREETS = ['Church Lane', 'High Street', 'Market Square', 'Station Road', 'Mill Lane', 'Park Road', 'Victoria Street', 'School Lane'];

interface Kind {
  names: string[];
  needs: NeedAreaId[];
  blurb: string[];
  pathway?: 'work-direct' | 'work-indirect';
}

const KINDS: Kind[] = [
  { names: ['Walking Group', 'Health Walks', 'Nordic Walking', 'Buggy Walks'], needs: ['physical-activity', 'loneliness'], blurb: ['A gentle walk with a trained walk leader.', 'Walks last about an hour and end with a cup of tea.'] },
  { names: ['Lunch Club', 'Coffee Morning', 'Friendship Café', 'Men’s Shed'], needs: ['loneliness', 'food-cooking'], blurb: ['Meet new people over tea and cake.', 'A warm welcome for anyone who feels alone.'] },
  { names: ['Art Group', 'Craft Café', 'Community Choir', 'Pottery Class', 'Creative Writing'], needs: ['arts-creativity', 'mental-wellbeing'], blurb: ['No experience needed. All materials are provided.', 'Try something creative in a relaxed group.'] },
  { names: ['Community Garden', 'Green Gym', 'Allotment Project', 'Conservation Volunteers'], needs: ['nature-outdoors', 'physical-activity'], blurb: ['Grow fruit and vegetables and learn new skills outdoors.', 'Help look after local parks and green spaces.'], pathway: 'work-indirect' },
  { names: ['Job Club', 'Employment Support', 'Work Coach Drop-in', 'Back to Work Course'], needs: ['work'], blurb: ['Help with CVs, job applications and interviews.', 'One-to-one support to find work or stay in work.'], pathway: 'work-direct' },
  { names: ['Volunteer Centre', 'Volunteering Taster', 'Befriending Volunteers'], needs: ['volunteering'], blurb: ['Find a volunteering role that suits you.', 'Give a few hours a week and gain confidence.'], pathway: 'work-indirect' },
  { names: ['Money Advice', 'Debt Clinic', 'Benefits Help', 'Energy Bill Advice'], needs: ['money-debt'], blurb: ['Free and private help with debt, bills and benefits.', 'An adviser can help you fill in forms.'] },
  { names: ['Housing Advice', 'Tenancy Support'], needs: ['housing'], blurb: ['Help if you are worried about your home or rent.'] },
  { names: ['Cookery Course', 'Community Fridge', 'Food Bank', 'Cook and Eat'], needs: ['food-cooking', 'money-debt'], blurb: ['Learn to cook healthy meals on a budget.', 'Pick up fresh food that would go to waste.'] },
  { names: ['Carers’ Café', 'Carers Support Group'], needs: ['caring', 'loneliness'], blurb: ['A break and a chat for people who look after someone.'] },
  { names: ['Diabetes Support', 'Breathe Easy', 'Stroke Club', 'Memory Café', 'Chronic Pain Group'], needs: ['long-term-conditions', 'loneliness'], blurb: ['Support to live well with a long-term condition.', 'Share tips with people who understand.'] },
  { names: ['Bereavement Café', 'Grief Support Group'], needs: ['bereavement', 'mental-wellbeing'], blurb: ['A safe place to talk after someone has died.'] },
  { names: ['Stay and Play', 'Parent Support Group', 'Dads’ Club'], needs: ['family-parenting'], blurb: ['Meet other parents while children play.'] },
  { names: ['Get Online Drop-in', 'Digital Skills', 'Tablet Tuition'], needs: ['digital-skills', 'learning-skills'], blurb: ['Bring your phone or tablet. Volunteers help you get online.'], pathway: 'work-indirect' },
  { names: ['English Conversation Club', 'ESOL Class', 'Adult Learning Course', 'Maths for Adults'], needs: ['learning-skills'], blurb: ['Practise English in a friendly group.', 'Courses for adults who want to learn something new.'], pathway: 'work-indirect' },
  { names: ['Talking Therapies Group', 'Mindfulness Course', 'Wellbeing Café', 'Peer Support Group'], needs: ['mental-wellbeing'], blurb: ['Learn ways to cope with stress and worry.', 'Talk with people who have been there too.'] },
  { names: ['Chair Yoga', 'Tai Chi', 'Swimming for Health', 'Zumba Gold', 'Walking Football'], needs: ['physical-activity'], blurb: ['Gentle exercise to suit all abilities.', 'Get active at your own pace.'] },
];

const ACCESS = ['Step-free entrance', 'Accessible toilet', 'Hearing loop', 'Lift to all floors', 'Parking next to the door', 'Quiet room', 'Some paths are rough (not wheelchair accessible)'];
const COSTS = ['£2 a session', '£3, including tea and cake', 'Pay what you can', '£5 for lunch', '£1.50 a session'];
const LANGS = ['English', 'Polish', 'Urdu', 'Bengali', 'Arabic', 'Welsh'];

// Real directories have thousands of distinct words (place, street and people's names, and
// everything services describe), so search is measured over a realistic vocabulary.
const SYLLABLES = ['ash', 'brack', 'thorn', 'wil', 'mere', 'by', 'ton', 'ley', 'ford', 'ham', 'wick', 'stow', 'dale', 'holm', 'bury', 'cot', 'fen', 'gate', 'low', 'marsh', 'ridge', 'shaw', 'well', 'worth'];
const TOPICS = [
  'advice', 'allotment', 'anxiety', 'appointment', 'arthritis', 'baking', 'benefits', 'bingo', 'birdwatching', 'board', 'books', 'breakfast',
  'budgeting', 'cards', 'ceramics', 'chess', 'childcare', 'citizenship', 'climbing', 'clothing', 'coaching', 'confidence', 'conversation',
  'counselling', 'crochet', 'cycling', 'dancing', 'dementia', 'drumming', 'embroidery', 'energy', 'exercise', 'families', 'fishing', 'fitness',
  'forms', 'furniture', 'games', 'gardening', 'guitar', 'heating', 'history', 'housing', 'interviews', 'jigsaws', 'karaoke', 'knitting',
  'languages', 'laptops', 'lunches', 'meditation', 'mentoring', 'mindfulness', 'museum', 'nature', 'newcomers', 'painting', 'parenting',
  'pensions', 'photography', 'pilates', 'poetry', 'quizzes', 'reading', 'recipes', 'refugees', 'repairs', 'rowing', 'running', 'sewing',
  'singing', 'skills', 'smartphones', 'snooker', 'storytelling', 'stretching', 'tenancy', 'theatre', 'toddlers', 'training', 'ukulele',
  'veterans', 'volunteering', 'walking', 'weaving', 'wellbeing', 'wildlife', 'woodwork', 'writing', 'yoga', 'zoom',
];
const FILLER = ['friendly', 'relaxed', 'small', 'weekly', 'local', 'free', 'helpful', 'gentle', 'welcoming', 'experienced', 'trained', 'private', 'informal', 'regular'];

/** `count` realistic activities in Waymark JSON, the same every time for a given seed. */
export function generateActivities(count: number, seed = 20260521): ActivityInput[] {
  const r = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(list)))];
  const placeName = () => {
    const word = pick(SYLLABLES) + pick(SYLLABLES) + (r() < 0.3 ? pick(SYLLABLES) : '');
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const out: ActivityInput[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(KINDS);
    const town = r() < 0.5 ? pick(PLACES) : placeName();
    const venue = `${r() < 0.5 ? placeName() : town} ${pick(VENUES)}`;
    const extras = some(TOPICS, 5);
    const name = `${town} ${pick(kind.names)}`;
    const online = r() < 0.12;
    const phoneOnly = !online && r() < 0.05;
    const opens = 9 + Math.floor(r() * 10);
    const length = 1 + Math.floor(r() * 3);
    const extraNeed = r() < 0.3 ? [pick(NEED_AREAS)] : [];
    const free = r() < 0.6;
    out.push({
      id: `gen-${i}`,
      name,
      summary: kind.blurb[0],
      description: `${kind.blurb.join(' ')} We also offer ${extras.join(', ')}. A ${pick(FILLER)}, ${pick(FILLER)} group run by volunteers at ${venue}. Ask for ${placeName()} or ${placeName()} when you arrive. Everyone is welcome, and you can bring a friend.`,
      organisation: { name: `${town} ${pick(['Community Trust', 'Voluntary Action', 'Health Partnership', 'Council for Voluntary Service', 'Neighbourhood Network'])}`, website: `https://org${i % 400}.example` },
      needAreas: [...new Set([...kind.needs, ...extraNeed])],
      pathways: kind.pathway ? [kind.pathway] : [],
      modes: online ? ['online'] : phoneOnly ? ['phone'] : r() < 0.1 ? ['in-person', 'online'] : ['in-person'],
      locations: online || phoneOnly ? [] : [
        {
          name: venue,
          address: `${1 + Math.floor(r() * 120)} ${r() < 0.5 ? pick(STREETS) : `${placeName()} ${pick(['Road', 'Street', 'Lane', 'Close', 'Avenue'])}`}, ${town}`,
          postcode: `AV${1 + Math.floor(r() * 6)} ${1 + Math.floor(r() * 9)}${pick(['AB', 'CD', 'LP', 'QT', 'XY'])}`,
          latitude: 52.95 + (r() - 0.5) * 0.2,
          longitude: -1.15 + (r() - 0.5) * 0.3,
          accessibility: some(ACCESS, 3),
        },
      ],
      schedule: [{ days: some(DAYS, 2), opens: `${String(opens).padStart(2, '0')}:${pick(['00', '30'])}`, closes: `${String(opens + length).padStart(2, '0')}:00` }],
      cost: free ? { free: true } : { free: false, description: pick(COSTS) },
      eligibility: r() < 0.4 ? { minAge: pick([16, 18, 50, 60, 65]) } : undefined,
      contact: { name: pick(['Jan', 'Sam', 'Priya', 'Tomasz', 'Aisha']) + ' ' + pick(['Morley', 'Khan', 'Nowak', 'Hale', 'Begum']), phone: `01632 96${String(i % 10000).padStart(4, '0')}`, email: `hello${i}@example.org` },
      howToJoin: some(['self-referral', 'link-worker', 'drop-in'] as const, 2),
      languages: r() < 0.2 ? some(LANGS, 2) : [],
      lastChecked: `2026-0${1 + Math.floor(r() * 5)}-1${Math.floor(r() * 9)}`,
    });
  }
  return out;
}

/** Words people type into the search box, letter by letter. */
export const TYPED_WORDS = [
  'walking', 'lunch', 'café', 'art', 'garden', 'job', 'volunteer', 'money', 'debt', 'housing', 'cook', 'carers', 'diabetes',
  'grief', 'parents', 'online', 'english', 'yoga', 'swimming', 'choir', 'coffee', 'friendship', 'computer', 'benefits', 'memory',
  'football', 'pottery', 'stress', 'church', 'library', 'ashby', 'kelby', 'tea', 'men', 'stroke', 'bereavement', 'tablet', 'maths',
  'tai chi', 'food bank',
];
