/** English texts of the red-flag screen: `rf.<id>.label` (for clinicians), `.reason` and `.action` (for runners). */
export const RED_FLAGS_EN = {
  'rf.cauda-equina.label': 'Cauda equina symptoms (saddle, bladder, bowel or sexual change)',
  'rf.cauda-equina.reason':
    'Numbness between the legs or new bladder, bowel or sexual changes can mean the nerves at the bottom of the spine are being squeezed.',
  'rf.cauda-equina.action':
    'Go to an emergency department now. Tell them you may have cauda equina syndrome.',
  'rf.bilateral-neuro.label': 'Bilateral leg weakness or numbness, unsteady gait',
  'rf.bilateral-neuro.reason':
    'Weakness or numbness in both legs can mean the spinal nerves are being squeezed.',
  'rf.bilateral-neuro.action': 'Go to an emergency department now.',
  'rf.pulmonary-embolism.label': 'Breathlessness, chest pain or haemoptysis (possible pulmonary embolism)',
  'rf.pulmonary-embolism.reason':
    'Shortness of breath, chest pain or coughing blood can mean a blood clot has reached the lungs.',
  'rf.pulmonary-embolism.action': 'Call emergency services now.',
  'rf.limb-ischaemia.label': 'Acutely cold, pale or numb leg (possible acute limb ischaemia)',
  'rf.limb-ischaemia.reason': 'A leg that suddenly goes cold, pale or numb may not be getting enough blood.',
  'rf.limb-ischaemia.action': 'Call emergency services now.',
  'rf.compartment.label':
    'Rapid tense thigh swelling with disproportionate pain (possible compartment syndrome)',
  'rf.compartment.reason':
    'A thigh that swells fast and feels hard, with pain far worse than expected, can squeeze its own muscles and nerves.',
  'rf.compartment.action': 'Go to an emergency department now.',
  'rf.rhabdomyolysis.label': 'Dark urine or oliguria after extreme exertion (possible rhabdomyolysis)',
  'rf.rhabdomyolysis.reason':
    'Dark pee or hardly any pee after a very hard effort can mean muscle breakdown that strains the kidneys.',
  'rf.rhabdomyolysis.action': 'Go to an emergency department now and drink water on the way.',
  'rf.major-trauma.label': 'Major trauma at onset',
  'rf.major-trauma.reason': 'Pain after a serious accident can be a broken bone.',
  'rf.major-trauma.action': 'Call emergency services or go to an emergency department now.',
  'rf.infection.label': 'Fever, rigors or systemic illness (possible infection)',
  'rf.infection.reason':
    'Fever or feeling unwell with this pain can mean an infection in a joint, bone or muscle.',
  'rf.infection.action':
    'See a doctor today. Go to an emergency department if you feel very unwell or confused.',
  'rf.foot-drop.label': 'Progressive weakness or foot drop',
  'rf.foot-drop.reason':
    'A foot that is getting weaker means a nerve is being pressed hard enough to stop working properly.',
  'rf.foot-drop.action': 'See a doctor today.',
  'rf.dvt.label': 'Unexplained calf or thigh swelling, warmth or redness (possible DVT)',
  'rf.dvt.reason': 'Swelling, warmth or redness without an injury can be a blood clot in a leg vein.',
  'rf.dvt.action':
    'See a doctor today for a scan. Do not massage, foam-roll or stretch the leg until a clot has been ruled out.',
  'rf.malignancy.label': 'Constant or night pain, weight loss, cancer history or growing lump',
  'rf.malignancy.reason':
    'Pain that never eases or wakes you at night, weight loss, a past cancer or a growing lump need a doctor to rule out something serious.',
  'rf.malignancy.action': 'See your doctor within a week and mention these signs.',
  'rf.hip-dislocation.label': 'Hip replacement: sudden pain, shortened or rotated leg, cannot bear weight',
  'rf.hip-dislocation.reason':
    'With a hip replacement, sudden pain and a leg that looks shorter or turned can mean the joint has dislocated or the bone has broken.',
  'rf.hip-dislocation.action': 'Go to an emergency department now.',
  'rf.hip-infection.label': 'Hip replacement: fever, wound signs or new constant pain',
  'rf.hip-infection.reason':
    'With a hip replacement, fever, a red or weeping scar or a new constant pain can mean an infection or a loose joint.',
  'rf.hip-infection.action':
    'Contact the team who did your operation today, or go to an emergency department.',
  'rf.avulsion.label': 'Pop with large bruise, weakness or limp (possible proximal hamstring avulsion)',
  'rf.avulsion.reason':
    'A pop followed by a big bruise, weakness or a limp can mean the hamstring tendons have come off the sitting bone. These do much better when repaired within a few weeks.',
  'rf.avulsion.action':
    'See a sports doctor or an emergency department today or tomorrow and ask about a scan. Do not stretch or exercise the leg until then.',
  'rf.avulsion-possible.label': 'Stretch-type injury with large bruise or weakness: exclude avulsion',
  'rf.avulsion-possible.reason':
    'An over-stretching injury with a big bruise or weakness needs a check that the tendon is still attached.',
  'rf.avulsion-possible.action': 'See a doctor or sports physician within a week, sooner if it gets worse.',
  'rf.apophyseal.label': 'Age ≤ 25 with sudden sitting-bone pain (possible apophyseal avulsion)',
  'rf.apophyseal.reason':
    'In teenagers and young adults the hamstring can pull a piece of growing bone off the sitting bone. It needs an X-ray.',
  'rf.apophyseal.action':
    'See a doctor today or tomorrow and ask for an X-ray of the pelvis. Do not stretch or exercise the leg until then.',
  'rf.femoral-neck.label': 'Groin pain with impact (possible femoral neck stress fracture)',
  'rf.femoral-neck.reason':
    'Groin or front-of-hip pain when you land or hop can be a stress fracture of the top of the thigh bone, which can break fully if you keep running.',
  'rf.femoral-neck.action':
    'Stop running, keep weight off the leg as much as you can, and see a doctor today.',
  'rf.bone-stress.label':
    'Impact pain with load increase or low energy availability (possible bone stress injury)',
  'rf.bone-stress.reason':
    'Pain when hopping or landing, together with more training or eating too little, can be a stress fracture.',
  'rf.bone-stress.action': 'Stop running now and see a doctor within a week. Ask whether you need a scan.',
  'rf.numbness.label': 'Dermatomal numbness without weakness',
  'rf.numbness.reason': 'A numb patch of skin means a nerve is irritated enough to need a proper check.',
  'rf.numbness.action': 'See a doctor within a week. Go the same day if the leg or foot gets weak.',
  'rf.vascular.label': 'Reproducible exertional pain settling within minutes (possible arterial cause)',
  'rf.vascular.reason':
    'Pain that comes on at the same point in every run and fades within minutes of stopping can be a blood-flow problem.',
  'rf.vascular.action':
    'See a doctor within a week. Call emergency services if the leg goes cold, pale or numb.',
  'rf.young-back.label': 'Age < 20 with persistent low-back pain',
  'rf.young-back.reason': 'Lasting low-back pain in a young athlete can be a stress fracture in the spine.',
  'rf.young-back.action': 'See a sports doctor within a week.',
  'rf.inflammatory.label': 'Alternating buttock pain > 3 months, age < 45 (possible inflammatory back pain)',
  'rf.inflammatory.reason':
    'Buttock pain that swaps sides and has lasted months can be an inflammatory joint condition.',
  'rf.inflammatory.action': 'See your doctor within a week and ask whether you need a rheumatologist.',
} as const;
