/** English texts of the result: urgency, stretch verdict, plan, safety net, clinician summary, disclaimer. */
export const RESULTS_EN = {
  'urgency.emergency.title': 'Get emergency help now',
  'urgency.emergency.advice': 'Call emergency services or go to an emergency department now.',
  'urgency.same-day.title': 'See a doctor today',
  'urgency.same-day.advice':
    'See a doctor today: urgent care, or an emergency department if nothing else is open.',
  'urgency.within-week.title': 'See a doctor this week',
  'urgency.within-week.advice': 'Book a GP or sports doctor within the next week.',
  'urgency.routine.title': 'Book a physiotherapist',
  'urgency.routine.advice':
    'Book a physiotherapist or sports-medicine clinician in the next one to three weeks, and start the plan below meanwhile.',
  'urgency.self-care.title': 'Start with self-care',
  'urgency.self-care.advice':
    'You can start with the plan below. See a physiotherapist if it is not clearly better in {period}, or if it gets worse.',
  'urgency.reason.unsure':
    'You were not sure about a warning sign, so we treat it as present until a doctor has ruled it out: {reason}',
  'urgency.reason.combined':
    '{count} warning signs that each need a doctor this week came up together, so it is safer to be seen today.',
  'urgency.reason.not-asked':
    'Some warning-sign questions were not answered, so we cannot call this self-care. Answer them to be sure.',
  'urgency.reason.close':
    'Your answers fit {name} almost as well as the most likely cause, so its advice counts too.',
  'urgency.reason.condition': 'This is the usual advice for the most likely cause: {name}.',
  'urgency.reason.possible': 'Your answers leave {name} possible, and it is worth ruling out.',

  'stretch.stretch.headline': 'Yes, gradual stretching will help',
  'stretch.gentle.headline': 'Gentle, pain-free stretching only',
  'stretch.avoid.headline': "Don't stretch it: stretching irritates this",
  'stretch.not-yet.headline': "Don't stretch it yet",
  'stretch.reason.red-flag':
    'A warning sign needs checking first. Stretching, massage and running can wait until a doctor has seen you.',
  'stretch.reason.acute':
    'It is a fresh injury, or there is bruising or swelling. Stretching now can make the tear bigger; let it settle for a week or two first.',
  'stretch.reason.also':
    'It could also be {name}, and stretching irritates that, so we err on the side of caution.',

  'see.emergency': 'An emergency department, now.',
  'see.same-day': 'A doctor today: urgent care or an emergency department.',
  'see.within-week': 'A GP or sports doctor within a week.',
  'see.routine': 'A physiotherapist or sports-medicine clinician in the next one to three weeks.',
  'see.self-care':
    'No appointment needed yet. See a physiotherapist if it is not clearly better in {period}.',

  'plan.urgent.title': 'Stop and get it checked',
  'plan.urgent.how': 'Do not run, stretch, massage or foam-roll the leg until a doctor has seen you.',
  'plan.relative-rest.title': 'Ease off for a few days',
  'plan.relative-rest.how':
    'Walk as much as is comfortable, but skip running until walking is easy. Moving gently is better than complete rest.',
  'plan.cool-compress.title': 'Cool it and support it',
  'plan.cool-compress.how':
    'For the first two or three days, cool the sore place for 10 to 15 minutes a few times a day (ice wrapped in a cloth) and wear a compression sleeve or bandage.',
  'plan.offload-sitting-bone.title': 'Take the pressure off the sitting bone',
  'plan.offload-sitting-bone.how':
    'Sit on a cushion, avoid hard chairs, and stand up every 20 to 30 minutes. Avoid sitting with your legs straight out or crossed.',
  'plan.avoid-tension-positions.title': 'Avoid positions that pull on it',
  'plan.avoid-tension-positions.how':
    'For now, avoid deep forward bends with straight legs, yoga forward folds and hamstring stretches.',
  'plan.stop-running.title': 'Stop running now',
  'plan.stop-running.how':
    'Stop running and jumping. Walk only as much as is pain-free until a doctor has checked it.',
  'plan.keep-moving.title': 'Keep moving',
  'plan.keep-moving.how':
    'Walking and easy movement help more than rest. Avoid long spells lying down or sitting still.',
  'plan.isometric-bridge.title': 'Bent-knee bridge hold',
  'plan.isometric-bridge.how':
    'Lie on your back with your knees bent and feet flat. Push through your heels and lift your hips a little; hold still.',
  'plan.isometric-bridge.dose':
    '5 holds of 30 to 45 seconds, once or twice a day. A little discomfort (up to 3 out of 10) is fine if it has settled by the next morning.',
  'plan.isometric-bridge.caution': 'Keep the knees well bent: a straight-knee bridge pulls on the tendon.',
  'plan.chair-bridge.title': 'Chair bridges',
  'plan.chair-bridge.how':
    'Lie on the floor with your heels on a chair. Flatten your back, squeeze your buttocks, then slowly lift your hips. Harder: one leg at a time.',
  'plan.chair-bridge.dose': 'Hold 3 to 6 seconds. 2 to 3 sets of 10, once or twice a day.',
  'plan.chair-bridge.caution':
    'Keep your back flat so your buttocks, not your back, do the work. Stop if it brings on sharp thigh pain.',
  'plan.bridge-walkout.title': 'Bridge walk-outs',
  'plan.bridge-walkout.how':
    'Lift your hips into a bridge, then walk your heels out in small steps until your legs are nearly straight, and walk back. Keep the pelvis level.',
  'plan.bridge-walkout.dose':
    '4 to 5 steps out with each leg per repetition. 2 to 3 sets of 10, once or twice a day.',
  'plan.bridge-walkout.caution':
    'Only when bending the knee against resistance no longer hurts. Stop if it brings on sharp pain.',
  'plan.power-position.title': 'Running-position hold',
  'plan.power-position.how':
    'Stand on one leg as if mid-stride: stance leg pushing long, other knee driven up in front. Stand tall and feel the buttock of the standing leg start to work.',
  'plan.power-position.dose':
    'Hold 6 seconds, 4 to 6 times on each side, once or twice a day and before runs.',
  'plan.dead-bug.title': 'Dead bug',
  'plan.dead-bug.how':
    'Lie on your back, arms up and knees bent above your hips. Keeping your lower back on the floor, slowly lower one arm and the opposite leg, then swap.',
  'plan.dead-bug.dose': '2 to 3 sets of 8 slow repetitions on each side, daily.',
  'plan.back-press-up.title': 'Press-ups for the back',
  'plan.back-press-up.how':
    'Lie on your front and push your upper body up on your hands, keeping your hips down. Lower slowly.',
  'plan.back-press-up.dose':
    '10 slow repetitions, a few times a day, if the thigh pain eases or moves up towards your back.',
  'plan.back-press-up.caution': 'Stop if the pain spreads further down the leg.',
  'plan.nerve-slider.title': 'Nerve sliders (after a physio has checked you)',
  'plan.nerve-slider.how':
    'Sit tall on a chair. Slowly straighten the knee while looking up, then bend the knee while looking down, so the nerve glides without being stretched.',
  'plan.nerve-slider.dose': '10 slow repetitions, 2 to 3 times a day.',
  'plan.nerve-slider.caution':
    'Start these only once a physiotherapist has confirmed the nerve is involved. Stop if tingling builds up or lasts.',
  'plan.seated-glute-stretch.title': 'Seated buttock stretch',
  'plan.seated-glute-stretch.how':
    'Sit on a chair, rest the ankle of the painful leg on the other knee, and lean forward gently with a straight back until you feel it in the buttock.',
  'plan.seated-glute-stretch.dose': '3 holds of 30 seconds, once or twice a day.',
  'plan.seated-glute-stretch.caution':
    'This stretches the buttock, not the hamstring. Stop if it brings on tingling down the leg.',
  'plan.march-skip.title': 'Marching and skipping drills',
  'plan.march-skip.how':
    'March, then skip, with strong, compact knee drive, landing with the foot under your body.',
  'plan.march-skip.dose': '3 to 4 bouts of 10 to 15 seconds, as part of your warm-up before running.',
  'plan.nordic-curl.title': 'Nordic curls',
  'plan.nordic-curl.how':
    'Kneel with your ankles held down by a partner or under a sofa. Keeping your body straight, lower yourself forward as slowly as you can, and catch yourself with your hands.',
  'plan.nordic-curl.dose': 'Start with 2 sets of 4 to 6, twice a week, and build up slowly over weeks.',
  'plan.nordic-curl.caution':
    'Not while walking or bending the knee against resistance still hurts. Expect muscle soreness in the first week.',
  'plan.gentle-hamstring-stretch.title': 'Gentle hamstring stretch',
  'plan.gentle-hamstring-stretch.how':
    'Lie on your back, loop a towel around your foot and raise the straight leg until you feel a gentle stretch, not pain.',
  'plan.gentle-hamstring-stretch.dose': '3 holds of 30 seconds, once or twice a day.',
  'plan.gentle-hamstring-stretch.caution':
    'Never push into pain, never bounce, and stop if it brings on tingling.',
  'plan.cross-train.title': 'Keep fit without impact',
  'plan.cross-train.how': 'Cycling or swimming keep your fitness while the bone heals.',
  'plan.cross-train.caution': 'Only if it is completely pain-free, and only once a doctor has agreed.',
  'plan.easy-running-only.title': 'Easy running only',
  'plan.easy-running-only.how':
    'When walking is easy, run easy and flat. No sprints, strides or hills until bending the knee against resistance is pain-free.',
  'plan.graded-return.title': 'Come back in steps',
  'plan.graded-return.how':
    'Walk, then jog, then run easy, then strides, then faster running. Move up a step only when the last felt fine the next day. Mild discomfort while training is acceptable; sharp pain is not.',
  'plan.cut-hills-speed.title': 'Drop hills and speed for now',
  'plan.cut-hills-speed.how':
    'Pause hill repeats and speed sessions and shorten your stride. Easy, flat running is fine if the pain stays at 3 out of 10 or less and settles by the next morning.',
  'plan.shorter-stride.title': 'Shorter, quicker steps',
  'plan.shorter-stride.how':
    'Take slightly shorter, quicker steps so your foot lands under you, especially downhill.',
  'plan.undo-spike.title': 'Undo the training jump',
  'plan.undo-spike.how':
    'Go back to the distance and intensity you handled well before the change, then build up more slowly.',
  'plan.strength-before-speed.title': 'Strength before speed',
  'plan.strength-before-speed.how':
    'This time, do not go back to full speed just because it stopped hurting. Finish a strength programme and build speed in steps first.',
  'plan.fuel-enough.title': 'Eat enough for your training',
  'plan.fuel-enough.how':
    'Bones need enough energy to repair. Talk to a doctor or sports dietitian, especially if your periods have stopped or you have lost weight.',
  'plan.run-by-symptoms.title': 'Run only while it stays easy',
  'plan.run-by-symptoms.how':
    'Easy, flat running is fine if the pain stays at 3 out of 10 or less, does not spread further down the leg, and has settled by the next morning. Shorter runs for now; no hills or speed work.',
  'plan.run-as-comfortable.title': 'Keep running, but take the weight off the sitting bone',
  'plan.run-as-comfortable.how':
    'Running rarely bothers this. Keep running as usual, but do not sit for long straight afterwards, and use a soft seat or cushion.',
  'plan.hold-running.title': 'No running until it has been checked',
  'plan.hold-running.how':
    'Do not run or jump until a doctor has seen it. Walk only as much as is comfortable.',
  'plan.nerve-slider.note':
    'This is not a stretch: a slider moves the nerve back and forth without pulling on it, so it fits with "don\'t stretch".',
  'plan.seated-glute-stretch.note':
    'This stretches the buttock muscles around the nerve, not the hamstring, and often eases deep buttock pain, so it fits with "don\'t stretch the hamstring".',
  'plan.doms-easy-days.title': 'A few easy days',
  'plan.doms-easy-days.how':
    'Easy walking, cycling or jogging for a few days. The soreness should fade within a week.',

  'safety.emergency':
    'Call emergency services or go to an emergency department if you get numbness between your legs, trouble peeing or controlling your bowels, weakness in both legs, a leg that goes cold and pale, or chest pain or breathlessness.',
  'safety.same-day':
    'See a doctor the same day if your calf or thigh becomes swollen, warm or red, if you get a fever, or if a foot becomes weak.',
  'safety.recheck':
    'If it is not clearly better within {period}, or it gets worse, see a physiotherapist or sports doctor.',
  'period.week': 'a week',
  'period.weeks': '{n} weeks',
  'safety.walking': 'If walking starts to hurt or you begin to limp, stop running and get it checked.',
  'safety.walking-worse':
    'If walking gets more painful or you begin to limp, stop running and get it checked.',
  'safety.night':
    'If it starts to hurt at night or at rest, or a lump or swelling appears, see a doctor within a week.',
  'safety.while-waiting':
    'While you wait to be seen, do not stretch, massage or run on it. If it gets worse or new symptoms appear, call emergency services.',
  'safety.unsure':
    'You were not sure about some warning signs. Watch for them, and follow the advice above if any of them appear.',

  'summary.title': 'hamstring-check summary for a clinician',
  'summary.not-diagnosis': 'Self-reported questionnaire; not a diagnosis.',
  'summary.urgency': 'Urgency',
  'summary.stretch': 'Stretch advice given',
  'summary.positives': 'Positive findings',
  'summary.red-flags': 'Red-flag screen',
  'summary.ranked': 'Likely sources',
  'summary.tests': 'Suggested in-clinic tests',
  'summary.measures': 'Suggested outcome measures',
  'summary.version': 'Questionnaire version',
  'summary.status.positive': 'POSITIVE',
  'summary.status.unsure': 'unsure',
  'summary.status.negative': 'negative',
  'summary.status.not-asked': 'not asked',
  'summary.band.likely': 'likely',
  'summary.band.possible': 'possible',
  'summary.band.less-likely': 'less likely',
  'summary.none': 'none',
  'summary.all-negative': 'all {count} negative',

  // Clinician summary, in the result's language (issue 18): the words around published accuracy
  // figures and the short names of the clinical notes and the seed articles. The English summary reads
  // exactly as before.
  'summary.accuracy': 'Sn {sn}, Sp {sp}',
  'summary.accuracy.cluster': '≥{k} of {n} positive',
  'summary.accuracy.disc-herniation': 'disc herniation',
  'summary.accuracy.deep-gluteal-entrapment': 'deep gluteal entrapment',
  'summary.source.notes': 'Clinical reference notes {section}',
  'summary.source.seed': '{name} (seed article)',

  'test.palpation-slr':
    'Palpation (length of tender area) and passive SLR deficit: prognostic for return to play',
  'test.resisted-flexion': 'Resisted knee flexion in inner, middle and outer range',
  'test.h-test': 'Askling H-test before return to sprinting',
  'test.glute-activation': 'Gluteal activation and hip-extension strength, both sides',
  'test.gait-analysis': 'Running gait: stride length, foot strike relative to the centre of mass',
  'test.bent-knee-stretch': 'Bent-knee stretch test',
  'test.modified-bent-knee': 'Modified bent-knee stretch test',
  'test.puranen-orava': 'Puranen–Orava test',
  'test.bursa-ultrasound': 'Ultrasound of the ischial bursa',
  'test.distal-palpation': 'Palpation of the distal tendons and resisted knee flexion',
  'test.knee-exclusion': "Exclude popliteus, meniscus, Baker's cyst, common peroneal nerve and DVT",
  'test.slump-differentiation': 'Slump test with structural differentiation',
  'test.slr': 'Straight-leg raise with sensitisers',
  'test.active-piriformis': 'Active piriformis test',
  'test.neuro-exam': 'Neurological examination (power, reflexes, sensation)',
  'test.repeated-movements': 'Repeated lumbar movements: directional preference, centralisation',
  'test.crossed-slr': 'Crossed straight-leg raise',
  'test.laslett-cluster': 'Laslett sacroiliac provocation cluster',
  'test.hip-exam': 'Hip examination: FADIR, FABER, range of rotation',
  'test.bone-mri': 'MRI (X-rays are often normal early)',
  'test.red-s-screen': 'Energy availability (RED-S) screen, including menstrual history and vitamin D',
  'test.avulsion-exam': 'Palpation for a gap, prone knee-flexion strength, MRI within days',
  'test.pelvis-xray': 'AP pelvis X-ray within 48 hours',

  'measure.nprs-psfs.name': 'Numeric pain rating and Patient-Specific Functional Scale',
  'measure.nprs-psfs.why': 'At every visit',
  'measure.visa-h.name': 'VISA-H',
  'measure.visa-h.why': 'Proximal tendinopathy ranks first',
  'measure.fash.name': 'FASH (Functional Assessment Scale for Acute Hamstring Injuries)',
  'measure.fash.why': 'A strain ranks first',
  'measure.lefs.name': 'Lower Extremity Functional Scale',
  'measure.lefs.why': 'Generic lower-limb baseline',
  'measure.start-back.name': 'Keele STarT Back Tool',
  'measure.start-back.why': 'The lumbar spine ranks high (commercial use needs a licence from Keele)',

  disclaimer:
    'hamstring-check is not a diagnosis and does not replace an examination by a clinician. It suggests what your pain most likely is from your answers, and what to do first. If you are worried, or the advice does not fit how you feel, see a doctor or physiotherapist.',
} as const;
