/** English texts of the condition catalogue and the contributing factors. */
export const CONDITIONS_EN = {
  'condition.muscle-strain.name': 'Hamstring muscle strain',
  'condition.muscle-strain.summary':
    'A tear in the hamstring muscle, usually from a sudden moment such as sprinting or over-stretching.',
  'condition.muscle-strain.signs':
    'A sudden sharp pain, often "like being shot"; one clearly sore spot; it hurts to stretch and to bend the knee against resistance.',
  'condition.muscle-strain.stretch':
    'Gradual, pain-free stretching helps once the first sore days have passed; forcing a stretch early does not.',
  'condition.fascial-strain.name': 'Connective-tissue (fascia) strain',
  'condition.fascial-strain.summary':
    'A strain of the tissue that wraps and runs through the muscle: a milder moment than a muscle tear, but it lingers.',
  'condition.fascial-strain.signs':
    'A twinge you could run on, then tightness and mild soreness that are slow to improve.',
  'condition.fascial-strain.stretch': 'Gentle stretching helps it recover.',
  'condition.muscle-overload.name': 'Overworked hamstring',
  'condition.muscle-overload.summary':
    'Tightness and soreness without a tear, because the hamstring is doing work the glutes should do, or a long stride keeps it over-lengthened.',
  'condition.muscle-overload.signs':
    'Nagging tightness that builds late in long or fast runs and on downhills; a sore area rather than one spot.',
  'condition.muscle-overload.stretch': 'Gentle stretching is fine, but strength and stride changes fix it.',
  'condition.doms.name': 'Delayed-onset muscle soreness',
  'condition.doms.summary': 'Normal soreness a day or two after an unusually long, hard or downhill session.',
  'condition.doms.signs':
    'Both legs, sore and stiff all over, peaking 1 to 3 days after the session and fading within a week.',
  'condition.doms.stretch': 'Stretching will not make it go away faster, but gentle movement is fine.',
  'condition.proximal-tendinopathy.name': 'High hamstring tendon problem (proximal tendinopathy)',
  'condition.proximal-tendinopathy.summary':
    'An irritated, sometimes partly torn tendon where the hamstring attaches to the sitting bone.',
  'condition.proximal-tendinopathy.signs':
    'A deep ache at the sitting bone that builds up slowly; worse sitting, uphill, fast and with stretching.',
  'condition.proximal-tendinopathy.stretch':
    'Stretching squeezes the tendon against the bone and usually makes it worse.',
  'condition.ischial-bursitis.name': 'Sitting-bone bursitis',
  'condition.ischial-bursitis.summary': 'An irritated fluid cushion (bursa) over the sitting bone.',
  'condition.ischial-bursitis.signs':
    'Pain right on the bone when you sit on something hard, easing soon after you stand; running bothers it less.',
  'condition.ischial-bursitis.stretch': 'Stretching does not help and can press on the bursa.',
  'condition.distal-tendinopathy.name': 'Hamstring tendon problem behind the knee (distal tendinopathy)',
  'condition.distal-tendinopathy.summary': 'An irritated hamstring tendon where it attaches beside the knee.',
  'condition.distal-tendinopathy.signs':
    'Pain behind the inner or outer knee that builds with hills, speed or more distance; a tender cord-like tendon.',
  'condition.distal-tendinopathy.stretch':
    'Deep stretching squeezes the tendon where it attaches and can make it worse.',
  'condition.sciatic-nerve.name': 'Irritated sciatic nerve',
  'condition.sciatic-nerve.summary':
    'The big nerve down the back of the leg is irritated, stuck in scar tissue or squeezed in the buttock.',
  'condition.sciatic-nerve.signs':
    'Burning, tingling, buzzing or an ache at rest, often past the knee; no sore spot in the muscle; a straight-leg raise hurts more than a bent-knee stretch.',
  'condition.sciatic-nerve.stretch':
    'An irritated nerve does not like being stretched: hamstring stretches pull on it and keep it irritated.',
  'condition.lumbar-referred.name': 'Pain coming from the lower back',
  'condition.lumbar-referred.summary':
    'The lower back sends pain into the back of the thigh, sometimes through a pinched nerve root.',
  'condition.lumbar-referred.signs':
    'The thigh ache comes and goes with the back; slumped sitting and bending forward bring it on; no sore spot in the thigh.',
  'condition.lumbar-referred.stretch':
    'Stretching the thigh does not treat the back; gentle stretching is fine if it does not bring on leg symptoms.',
  'condition.si-joint.name': 'Pain coming from the sacroiliac joint',
  'condition.si-joint.summary':
    'The joint between the base of the spine and the pelvis sends pain into the buttock and thigh.',
  'condition.si-joint.signs':
    'Pain that starts at the bony bump at the back of the pelvis; standing on one leg, stairs and turning in bed hurt; no sore spot in the thigh.',
  'condition.si-joint.stretch': 'Stretching the hamstring neither treats nor harms it; keep it gentle.',
  'condition.hip-referred.name': 'Pain coming from the hip joint',
  'condition.hip-referred.summary': 'The hip joint can send pain into the buttock and the back of the thigh.',
  'condition.hip-referred.signs':
    'Pain with deep bending and twisting of the hip, low chairs and getting out of a car; sometimes groin pain or clicking.',
  'condition.hip-referred.stretch': 'Gentle stretching is fine; deep hip bending may bring on the pain.',
  'condition.bone-stress-injury.name': 'Bone stress injury (stress fracture)',
  'condition.bone-stress-injury.summary':
    'A bone in the pelvis, sacrum or thigh is cracking under more load than it can repair.',
  'condition.bone-stress-injury.signs':
    'A slowly worsening deep ache that hurts with hopping and landing, then walking, then at night; often after more mileage or under-fuelling.',
  'condition.bone-stress-injury.stretch': 'Stretching does not matter here: stopping impact does.',
  'condition.proximal-avulsion.name': 'Hamstring tendons torn off the sitting bone (avulsion)',
  'condition.proximal-avulsion.summary':
    'A complete tear of the hamstring tendons from the sitting bone, usually from a slip into the splits.',
  'condition.proximal-avulsion.signs':
    'A pop, cannot carry on, a large bruise spreading down the thigh over a day or two, weakness and a stiff-legged walk.',
  'condition.proximal-avulsion.stretch':
    'Do not stretch or load it until a doctor has checked it: it may need an operation.',
  'condition.apophyseal-avulsion.name': 'Growth-plate pull-off at the sitting bone',
  'condition.apophyseal-avulsion.summary':
    'In teenagers and young adults, the hamstring can pull a piece of growing bone off the sitting bone.',
  'condition.apophyseal-avulsion.signs':
    'A sudden pain at the sitting bone while sprinting, kicking, jumping or doing the splits, aged about 13 to 25.',
  'condition.apophyseal-avulsion.stretch': 'Do not stretch or load it until an X-ray has been done.',

  'factor.weak-glutes.name': 'Glutes not doing their share',
  'factor.weak-glutes.advice':
    'Strengthen the buttock muscles on both sides, with chair bridges and the running-position hold. Physiotherapists often find the weak side opposite the pain in distance runners, but studies have not confirmed which side, so work both.',
  'factor.overstriding.name': 'Over-long stride',
  'factor.overstriding.advice':
    'Land with your foot under you: slightly shorter, quicker steps, especially downhill, keep the hamstring from being over-stretched at every step.',
  'factor.eccentric-weakness.name': 'Hamstring weak as it lengthens',
  'factor.eccentric-weakness.advice':
    'Once it no longer hurts, build strength with exercises that slowly lengthen the hamstring under load, like bridge walk-outs and later Nordic curls.',
  'factor.flexibility-asymmetry.name': 'Less flexible on the painful side',
  'factor.flexibility-asymmetry.advice':
    'Restore range gradually and without pain, only when the stretch verdict allows it.',
  'factor.scar-tissue.name': 'Scarring from an old injury',
  'factor.scar-tissue.advice':
    'A physiotherapist can check whether scar tissue is limiting the muscle or the nerve, and treat it with hands-on work and nerve gliding.',
  'factor.lumbopelvic-control.name': 'Core and pelvic control',
  'factor.lumbopelvic-control.advice':
    'Trunk and pelvic control exercises, like the dead bug and the running-position hold, lower the chance of the pain coming back.',
  'factor.load-spike.name': 'Recent jump in training',
  'factor.load-spike.advice':
    'Go back to the training you handled well before the change, then build up again more slowly.',
  'factor.incomplete-rehab.name': 'Back to full speed too soon',
  'factor.incomplete-rehab.advice':
    'Pain going away is not the same as being ready. Finish a strength programme and build speed in steps before racing or sprinting.',
  'factor.low-energy-availability.name': 'Possibly eating too little for your training',
  'factor.low-energy-availability.advice':
    'Bones need enough energy to repair. Talk to a doctor or sports dietitian, especially if your periods have stopped.',
} as const;
