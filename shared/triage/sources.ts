/**
 * @module The bibliography. Every rule, plan item and condition cites ids from here, and the lint test
 * fails on an id that does not resolve. `ref` is the number in the clinical reference notes' reference
 * list (§7); `seed` entries are the four source articles the product is built from; `notes` entries cite
 * a section of the clinical reference notes whose content is expert opinion without a primary reference.
 */

export interface Source {
  kind: 'seed' | 'reference' | 'notes';
  /** Number in the clinical reference notes' reference list, for `reference` entries. */
  ref?: number;
  citation: string;
  /** How the clinician summary names it; defaults to first author and year. */
  short?: string;
  url?: string;
}

const CLINICAL_NOTES =
  'hamstring-check clinical reference notes: posterior-thigh ("hamstring") pain in runners (research notes for a reviewing clinician, 2026)';

export const SOURCES = {
  // The four source articles
  'seed-stretch-or-not': {
    short: 'Stretch or not (seed article)',
    kind: 'seed',
    citation:
      'That stubborn hamstring/glute pain – to stretch or not to stretch? Physiotherapy clinic blog article.',
  },
  'seed-uhan-irunfar': {
    short: 'Uhan, iRunFar (seed article)',
    kind: 'seed',
    citation:
      'Uhan J. Hamstrung: hamstring strains and posterior-thigh pain in runners. iRunFar, "Stay the Course" column.',
  },
  'seed-four-reasons': {
    short: 'Four reasons (seed article)',
    kind: 'seed',
    citation:
      '4 big reasons why your hamstring pain is not getting better. Running physiotherapy clinic blog article.',
  },
  'seed-gomez-gould': {
    short: 'Gomez-Gould (seed article)',
    kind: 'seed',
    citation:
      'Gomez-Gould S. Fixing stubborn hamstring pain in runners and athletes: top 10 findings in my research and experience with treating these injuries. Physical therapy clinic blog, 2021.',
  },

  // Sections of the clinical reference notes (expert-opinion synthesis)
  'cr-differential': {
    short: 'Clinical reference notes §1A/§1D',
    kind: 'notes',
    citation: `${CLINICAL_NOTES}, §1A and §1D: differential diagnosis and quick discriminators (expert-opinion synthesis).`,
  },
  'cr-self-tests': {
    short: 'Clinical reference notes §1B',
    kind: 'notes',
    citation: `${CLINICAL_NOTES}, §1B: tests a runner can safely do at home.`,
  },
  'cr-management': {
    short: 'Clinical reference notes §1C',
    kind: 'notes',
    citation: `${CLINICAL_NOTES}, §1C: first-line plan, stretching and recovery.`,
  },
  'cr-red-flags': {
    short: 'Clinical reference notes §3',
    kind: 'notes',
    citation: `${CLINICAL_NOTES}, §3: red flags and the urgency they imply (expert-opinion rows).`,
  },

  // Diagnosis and tests
  'cacchio-2012': {
    kind: 'reference',
    ref: 1,
    citation:
      'Cacchio A, Borra F, Severini G, et al. Reliability and validity of three pain provocation tests used for the diagnosis of chronic proximal hamstring tendinopathy. Br J Sports Med 2012;46(12):883–887.',
    url: 'https://doi.org/10.1136/bjsports-2011-090325',
  },
  'martin-2014': {
    kind: 'reference',
    ref: 3,
    citation:
      'Martin HD, Kivlan BR, Palmer IJ, Martin RL. Diagnostic accuracy of clinical tests for sciatic nerve entrapment in the gluteal region. Knee Surg Sports Traumatol Arthrosc 2014;22(4):882–888.',
  },
  'martin-2015': {
    kind: 'reference',
    ref: 4,
    citation:
      'Martin HD, Reddy M, Gómez-Hoyos J. Deep gluteal syndrome. J Hip Preserv Surg 2015;2(2):99–107.',
  },
  'zeren-2006': {
    kind: 'reference',
    ref: 6,
    citation:
      'Zeren B, Oztekin HH. A new self-diagnostic test for biceps femoris muscle strains. Clin J Sport Med 2006;16(2):166–169.',
  },
  'reiman-2013': {
    kind: 'reference',
    ref: 7,
    citation:
      'Reiman MP, Loudon JK, Goode AP. Diagnostic accuracy of clinical tests for assessment of hamstring injury: a systematic review. J Orthop Sports Phys Ther 2013;43(4):223–231.',
  },
  'verrall-2003': {
    kind: 'reference',
    ref: 9,
    citation:
      'Verrall GM, Slavotinek JP, Barnes PG, Fon GT. Diagnostic and prognostic value of clinical findings in 83 athletes with posterior thigh injury. Am J Sports Med 2003;31(6):969–973.',
  },
  'askling-2010': {
    kind: 'reference',
    ref: 10,
    citation:
      'Askling CM, Nilsson J, Thorstensson A. A new hamstring test to complement the common clinical examination before return to sport after injury. Knee Surg Sports Traumatol Arthrosc 2010;18(12):1798–1803.',
  },
  'van-der-windt-2010': {
    kind: 'reference',
    ref: 11,
    citation:
      'van der Windt DAWM, Simons E, Riphagen II, et al. Physical examination for lumbar radiculopathy due to disc herniation in patients with low-back pain. Cochrane Database Syst Rev 2010;(2):CD007431.',
  },
  'turl-1998': {
    kind: 'reference',
    ref: 15,
    citation:
      'Turl SE, George KP. Adverse neural tension: a factor in repetitive hamstring strain? J Orthop Sports Phys Ther 1998;27(1):16–21.',
  },
  'kornberg-1989': {
    kind: 'reference',
    ref: 16,
    citation:
      'Kornberg C, Lew P. The effect of stretching neural structures on grade one hamstring injuries. J Orthop Sports Phys Ther 1989;10(12):481–487.',
  },
  'laslett-2005': {
    kind: 'reference',
    ref: 17,
    citation:
      'Laslett M, Aprill CN, McDonald B, Young SB. Diagnosis of sacroiliac joint pain: validity of individual provocation tests and composites of tests. Man Ther 2005;10(3):207–218.',
  },
  'slipman-2000': {
    kind: 'reference',
    ref: 19,
    citation:
      'Slipman CW, Jackson HB, Lipetz JS, et al. Sacroiliac joint pain referral zones. Arch Phys Med Rehabil 2000;81(3):334–338.',
  },
  'lesher-2008': {
    kind: 'reference',
    ref: 20,
    citation:
      'Lesher JM, Dreyfuss P, Hager N, et al. Hip joint pain referral patterns: a descriptive study. Pain Med 2008;9(1):22–25.',
  },
  'wells-2003': {
    kind: 'reference',
    ref: 22,
    citation:
      'Wells PS, Anderson DR, Rodger M, et al. Evaluation of D-dimer in the diagnosis of suspected deep-vein thrombosis. N Engl J Med 2003;349:1227–1235.',
  },

  // Muscle injury, rehabilitation and risk
  'askling-2006': {
    kind: 'reference',
    ref: 24,
    citation:
      'Askling C, Saartok T, Thorstensson A. Type of acute hamstring strain affects flexibility, strength, and time to return to pre-injury level. Br J Sports Med 2006;40(1):40–44.',
  },
  'askling-2013': {
    kind: 'reference',
    ref: 25,
    citation:
      'Askling CM, Tengvar M, Thorstensson A. Acute hamstring injuries in Swedish elite football: a prospective randomised controlled clinical trial comparing two rehabilitation protocols. Br J Sports Med 2013;47(15):953–959.',
  },
  'ekstrand-2012': {
    kind: 'reference',
    ref: 27,
    citation:
      'Ekstrand J, Healy JC, Waldén M, et al. Hamstring muscle injuries in professional football: the correlation of MRI findings with return to play. Br J Sports Med 2012;46(2):112–117.',
  },
  'malliaropoulos-2004': {
    kind: 'reference',
    ref: 28,
    citation:
      'Malliaropoulos N, Papalexandris S, Papalada A, Papacostas E. The role of stretching in rehabilitation of hamstring injuries: 80 athletes follow-up. Med Sci Sports Exerc 2004;36(5):756–759.',
  },
  'hickey-2020': {
    kind: 'reference',
    ref: 29,
    citation:
      'Hickey JT, Timmins RG, Maniar N, et al. Pain-free versus pain-threshold rehabilitation following acute hamstring strain injury: a randomized controlled trial. J Orthop Sports Phys Ther 2020;50(2):91–103.',
  },
  'sherry-2004': {
    kind: 'reference',
    ref: 30,
    citation:
      'Sherry MA, Best TM. A comparison of 2 rehabilitation programs in the treatment of acute hamstring strains. J Orthop Sports Phys Ther 2004;34(3):116–125.',
  },
  'van-dyk-2019': {
    kind: 'reference',
    ref: 31,
    citation:
      'van Dyk N, Behan FP, Whiteley R. Including the Nordic hamstring exercise in injury prevention programmes halves the rate of hamstring injuries: a systematic review and meta-analysis of 8459 athletes. Br J Sports Med 2019;53(21):1362–1370.',
  },
  'moen-2014': {
    kind: 'reference',
    ref: 32,
    citation:
      'Moen MH, Reurink G, Weir A, et al. Predicting return to play after hamstring injuries. Br J Sports Med 2014;48(18):1358–1363.',
  },
  'maniar-2016': {
    kind: 'reference',
    ref: 38,
    citation:
      'Maniar N, Shield AJ, Williams MD, Timmins RG, Opar DA. Hamstring strength and flexibility after hamstring strain injury: a systematic review and meta-analysis. Br J Sports Med 2016;50(15):909–920.',
  },
  'pollock-2016': {
    kind: 'reference',
    ref: 40,
    citation:
      "Pollock N, Patel A, Chakraverty J, et al. Time to return to full training is delayed and recurrence rate is higher in intratendinous ('c') acute hamstring injury in elite track and field athletes. Br J Sports Med 2016;50(5):305–310.",
  },
  'green-2020': {
    kind: 'reference',
    ref: 42,
    citation:
      'Green B, Bourne MN, van Dyk N, Pizzari T. Recalibrating the risk of hamstring strain injury (HSI): a 2020 systematic review and meta-analysis of risk factors for index and recurrent HSI in sport. Br J Sports Med 2020;54(18):1081–1088.',
  },
  'silder-2008': {
    kind: 'reference',
    ref: 45,
    citation:
      'Silder A, Heiderscheit BC, Thelen DG, et al. MR observations of long-term musculotendon remodeling following a hamstring strain injury. Skeletal Radiol 2008;37(12):1101–1109.',
  },
  'sugimoto-2019': {
    kind: 'reference',
    ref: 46,
    citation:
      'Sugimoto D, Kelly BD, Mandel DL, et al. Running propensities of athletes with hamstring injuries. Sports (Basel) 2019;7(9):210.',
  },
  'coppieters-2008': {
    kind: 'reference',
    ref: 48,
    citation:
      "Coppieters MW, Butler DS. Do 'sliders' slide and 'tensioners' tension? An analysis of neurodynamic techniques and considerations regarding their application. Man Ther 2008;13(3):213–221.",
  },
  'basson-2017': {
    kind: 'reference',
    ref: 49,
    citation:
      'Basson A, Olivier B, Ellis R, et al. The effectiveness of neural mobilization for neuromusculoskeletal conditions: a systematic review and meta-analysis. J Orthop Sports Phys Ther 2017;47(9):593–615.',
  },
  'herbert-2011': {
    kind: 'reference',
    ref: 50,
    citation:
      'Herbert RD, de Noronha M, Kamper SJ. Stretching to prevent or reduce muscle soreness after exercise. Cochrane Database Syst Rev 2011;(7):CD004577.',
  },

  // Tendinopathy, avulsion, other structural conditions
  'goom-2016': {
    kind: 'reference',
    ref: 51,
    citation:
      'Goom TSH, Malliaras P, Reiman MP, Purdam CR. Proximal hamstring tendinopathy: clinical aspects of assessment and management. J Orthop Sports Phys Ther 2016;46(6):483–493.',
  },
  'beatty-2017': {
    kind: 'reference',
    ref: 52,
    citation:
      'Beatty NR, Félix I, Hettler J, Moley PJ, Wyss JF. Rehabilitation and prevention of proximal hamstring tendinopathy. Curr Sports Med Rep 2017;16(3):162–171.',
  },
  'nasser-2021': {
    kind: 'reference',
    ref: 53,
    citation:
      "Nasser AM, Pizzari T, Grimaldi A, et al. Proximal hamstring tendinopathy; expert physiotherapists' perspectives on diagnosis, management and prevention. Phys Ther Sport 2021;48:67–75.",
  },
  'buckwalter-2017': {
    kind: 'reference',
    ref: 56,
    citation:
      'Buckwalter J, Westermann R, Amendola A. Complete proximal hamstring avulsions: is there a role for conservative management? A systematic review of acute repairs and non-operative management. J ISAKOS 2017;2(1):31–35.',
  },
  'bjo-2022': {
    short: 'Bone Jt Open 2022',
    kind: 'reference',
    ref: 57,
    citation:
      'Outcomes following surgical management of proximal hamstring tendon avulsions: a systematic review and meta-analysis. Bone Jt Open 2022;3(5).',
    url: 'https://doi.org/10.1302/2633-1462.35.BJO-2021-0196.R1',
  },
  'bertiche-2021': {
    kind: 'reference',
    ref: 59,
    citation:
      'Bertiche P, Mohtadi N, Chan D, Hölmich P. Proximal hamstring tendon avulsion: state of the art. J ISAKOS 2021;6:237–246.',
  },
  'ferlic-2014': {
    kind: 'reference',
    ref: 60,
    citation:
      'Ferlic PW, Sadoghi P, Singer G, Kraus T, Eberl R. Treatment for ischial tuberosity avulsion fractures in adolescent athletes. Knee Surg Sports Traumatol Arthrosc 2014;22(4):893–897.',
  },
  'eberbach-2017': {
    kind: 'reference',
    ref: 61,
    citation:
      'Eberbach H, Hohloch L, Feucht MJ, et al. Operative versus conservative treatment of apophyseal avulsion fractures of the pelvis in the adolescents: a systematical review with meta-analysis. BMC Musculoskelet Disord 2017;18:162.',
  },
  'ashby-haddad': {
    kind: 'reference',
    ref: 62,
    citation: 'Ashby E, Haddad F. Avulsion fractures: an adolescent pain. Sports Injury Bulletin.',
    url: 'https://www.sportsinjurybulletin.com/archive/avulsion-fractures',
  },
  'harris-2016': {
    kind: 'reference',
    ref: 67,
    citation:
      'Harris CE, Vincent HK, Vincent KR. Sacral stress fractures: they see you, but are you seeing them? Curr Sports Med Rep 2016;15(2):73.',
  },
  'kahanov-2011': {
    kind: 'reference',
    ref: 68,
    citation:
      'Kahanov L, Eberman L, Alvey T, True J, Yeargin B. Sacral stress fracture in a distance runner. J Am Osteopath Assoc 2011;111(10):585–591.',
  },

  // Red flags and serious pathology
  'finucane-2020': {
    kind: 'reference',
    ref: 70,
    citation:
      'Finucane LM, Downie A, Mercer C, et al. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350–372.',
  },
  'downie-2013': {
    kind: 'reference',
    ref: 71,
    citation:
      'Downie A, Williams CM, Henschke N, et al. Red flags to screen for malignancy and fracture in patients with low back pain: systematic review. BMJ 2013;347:f7095.',
  },
  'bmj-ces': {
    short: 'BMJ Best Practice',
    kind: 'reference',
    ref: 72,
    citation: 'BMJ Best Practice. Cauda equina syndrome: diagnosis approach.',
  },
  'long-2020': {
    kind: 'reference',
    ref: 73,
    citation:
      'Long B, Koyfman A, Gottlieb M. Evaluation and management of cauda equina syndrome in the emergency department. Am J Emerg Med 2020;38(1):143–148.',
  },
  'todd-ces': {
    short: 'Todd (Pulse)',
    kind: 'reference',
    ref: 74,
    citation: 'Todd NV, et al. Cauda equina syndrome: myths and facts explained. Pulse.',
  },
  'nice-ng158': {
    short: 'NICE NG158',
    kind: 'reference',
    ref: 75,
    citation:
      'NICE. Venous thromboembolic diseases: diagnosis, management and thrombophilia testing (NG158, 2020) and Quality Standard QS201.',
    url: 'https://www.nice.org.uk/guidance/qs201',
  },
  'nice-ng12': {
    short: 'NICE NG12',
    kind: 'reference',
    ref: 76,
    citation: 'NICE. Suspected cancer: recognition and referral (NG12): sarcoma recommendations.',
  },
  'fleming-2005': {
    kind: 'reference',
    ref: 77,
    citation: 'Fleming A, Frey D. Extensive venous thrombosis in a runner. Phys Sportsmed 2005;33(1).',
  },
  'joy-2015': {
    kind: 'reference',
    ref: 79,
    citation:
      'Joy SM, Raudales R. Popliteal artery entrapment syndrome. Curr Sports Med Rep 2015;14(5):364–367.',
  },
  'scalco-2016': {
    kind: 'reference',
    ref: 80,
    citation:
      'Scalco RS, Snoeck M, Quinlivan R, et al. Exertional rhabdomyolysis: physiological response or manifestation of an underlying myopathy? BMJ Open Sport Exerc Med 2016;2:e000151.',
  },
  'guin-2026': {
    kind: 'reference',
    ref: 81,
    citation:
      'Guin JR, Moran R, Bentley BC. An unusual cause of buttock pain in a collegiate football player: a septic sacroiliac joint. Cureus 2026.',
    url: 'https://doi.org/10.7759/cureus.100835',
  },
  'weisz-2012': {
    kind: 'reference',
    ref: 82,
    citation: 'Weisz N. Buttock pain: a missed diagnosis. BMJ Case Rep 2012.',
    url: 'https://doi.org/10.1136/bcr.11.2011.5258',
  },

  // Questionnaires
  'cacchio-2014': {
    kind: 'reference',
    ref: 84,
    citation:
      'Cacchio A, De Paulis F, Maffulli N. Development and validation of a new VISA questionnaire (VISA-H) for patients with proximal hamstring tendinopathy. Br J Sports Med 2014;48(6):448–452.',
  },
  'malliaropoulos-2014': {
    kind: 'reference',
    ref: 87,
    citation:
      'Malliaropoulos N, Korakakis V, Christodoulou D, et al. Development and validation of a questionnaire (FASH: Functional Assessment Scale for Acute Hamstring Injuries). Br J Sports Med 2014;48(22):1607–1612.',
  },
  'binkley-1999': {
    kind: 'reference',
    ref: 93,
    citation:
      'Binkley JM, Stratford PW, Lott SA, Riddle DL. The Lower Extremity Functional Scale (LEFS): scale development, measurement properties, and clinical application. Phys Ther 1999;79(4):371–383.',
  },
  'hill-2008': {
    kind: 'reference',
    ref: 95,
    citation:
      'Hill JC, Dunn KM, Lewis M, et al. A primary care back pain screening tool: identifying patient subgroups for initial treatment. Arthritis Rheum 2008;59(5):632–641.',
  },
  'stratford-1995': {
    kind: 'reference',
    ref: 99,
    citation:
      'Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and change on individual patients: a report of a patient specific measure. Physiother Can 1995;47:258–263.',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
