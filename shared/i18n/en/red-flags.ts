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
  'rf.infection-neuro.label': 'Fever with a neurological deficit (possible spinal abscess or septic joint)',
  'rf.infection-neuro.reason':
    'Fever together with numbness or a weakening foot can mean an infection pressing on nerves.',
  'rf.infection-neuro.action': 'Go to an emergency department now.',
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
  'rf.femoral-neck.label':
    'Groin pain with impact, or with walking or night pain and low energy availability (possible femoral neck stress fracture)',
  'rf.femoral-neck.reason':
    'Groin or front-of-hip pain when you land or hop, or when you walk or at night in someone who may be eating too little for their training, can be a stress fracture of the top of the thigh bone, which can break fully if you keep running.',
  'rf.femoral-neck.action':
    'Stop running, keep weight off the leg as much as you can, and see a doctor today.',
  'rf.bone-stress.label':
    'Impact pain with load increase or low energy availability, or pelvic pain on walking or at night with low energy availability (possible bone stress injury)',
  'rf.bone-stress.reason':
    'Pain when hopping or landing with more training or eating too little, or deep pelvic pain when walking or at night in someone eating too little, can be a stress fracture.',
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
  'rf.bilateral-nerve-pain.label': 'Bilateral radicular symptoms (burning or tingling in both legs)',
  'rf.bilateral-nerve-pain.reason':
    'Burning or tingling pain in both legs can mean the nerves at the bottom of the spine are being squeezed.',
  'rf.bilateral-nerve-pain.action':
    'See a doctor today. Go to an emergency department at once if you get numbness between your legs or trouble peeing.',
  'rf.dvt-swelling.label': "Calf or popliteal swelling (possible DVT or ruptured Baker's cyst)",
  'rf.dvt-swelling.reason':
    'A swollen calf or back of the knee can be a blood clot in a leg vein, whatever the pain started with.',
  'rf.dvt-swelling.action':
    'See a doctor today for a scan. Do not massage, foam-roll or stretch the leg until a clot has been ruled out.',
  'rf.dvt-risk.label':
    'Calf or popliteal pain with a VTE risk factor (travel, surgery, cast, prior clot, oestrogen, pregnancy)',
  'rf.dvt-risk.reason':
    'Pain in the calf or behind the knee after a long journey, an operation or a cast, or with a past clot, the pill or a pregnancy, can be a blood clot.',
  'rf.dvt-risk.action':
    'See a doctor within a week, and the same day if the calf swells, turns warm or red, or you get short of breath.',
  'rf.bleeding-risk.label': 'Anticoagulant or bleeding disorder with a large bruise or swelling',
  'rf.bleeding-risk.reason':
    'On an anticoagulant, or with a bleeding disorder, a large bruise or swelling can keep bleeding inside the thigh.',
  'rf.bleeding-risk.action':
    'See a doctor today. Go to an emergency department at once if the thigh gets tight and hard or the pain keeps climbing.',
  'rf.older-new-pain.label':
    'Age > 50 with new pain not explained by an injury, a hard session, a training change or a previous episode',
  'rf.older-new-pain.reason':
    'After 50, a new pain that no injury, hard session or change in training explains needs a doctor to rule out something serious.',
  'rf.older-new-pain.action': 'See your doctor within a week.',
  'rf.bleeding-risk-minor.label': 'Anticoagulant or bleeding disorder with a small bruise',
  'rf.bleeding-risk-minor.reason':
    'On an anticoagulant, even a small bruise is worth a doctor knowing about and checking it is not growing.',
  'rf.bleeding-risk-minor.action':
    'See a doctor within a week, and the same day if the bruise grows or the thigh swells.',
  'rf.fragility-fall.label': 'Fall at ≥ 65 or with steroid use or osteoporosis (possible fragility fracture)',
  'rf.fragility-fall.reason':
    'After 65, on long-term steroids, or with thin bones, even a small fall can crack the pelvis or the hip.',
  'rf.fragility-fall.action':
    'See a doctor within a week and ask about an X-ray. Go the same day if it gets hard to put weight on the leg.',
  'rf.fragility-fall-weight.label':
    'Fall at ≥ 65 or with steroid use or osteoporosis, now limping or unable to bear weight',
  'rf.fragility-fall-weight.reason':
    'After a fall, a limp or a leg you can hardly stand on can mean a broken hip or pelvis, especially after 65 or with thin bones.',
  'rf.fragility-fall-weight.action':
    'See a doctor today for an X-ray: urgent care or an emergency department. Keep weight off the leg until then.',
  'rf.apophyseal-possible.label':
    'Age < 20 with a sudden thigh injury while sprinting, kicking or over-stretching',
  'rf.apophyseal-possible.reason':
    'In teenagers a sudden pull at the back of the thigh is often called a strain when a piece of growing bone has pulled off.',
  'rf.apophyseal-possible.action':
    'See a doctor within a few days and ask whether an X-ray is needed. Do not stretch it until then.',
  'rf.young-bone-pain.label': 'Age ≤ 24 with unexplained rest or night bone pain',
  'rf.young-bone-pain.reason':
    'In a young person, bone pain that comes at rest or at night without an injury needs an X-ray to rule out a bone problem.',
  'rf.young-bone-pain.action': 'See a doctor within a week and ask about an X-ray within 2 days.',
} as const;
