# Mestre — Kurdî (Kurmancî), Latin script. Short, plain sentences.
# This file: every error, as a person hears it.
# review: the whole file needs a check by a native Kurmanji speaker at the café.

## Errors
error-login-failed = Ev ne rast bû. Dîsa biceribîne.
error-login-locked =
    { $minutes ->
        [one] Gelek ceribandin. Deqeyekê bisekine, paşê dîsa biceribîne.
       *[other] Gelek ceribandin. { $minutes } deqeyan bisekine, paşê dîsa biceribîne.
    }
error-not-allowed = Tenê rêber dikare vê bike.
error-invalid-input = Tiştê ku te nivîsand an hilbijart kontrol bike.
error-image-unreadable = Wêne venabe. Xera bûye, an ne wêne ye.
error-image-too-large = Wêne pir mezin e. Wêneyekî piçûktir hilbijêre.
error-database-too-new = Dane ji aliyê Mestre-ya nûtir ve hatine çêkirin. Sepanê nû bike.
error-database-unavailable = Dane venabin.
error-not-found = Nehate dîtin.
error-setup-state = Kafe berê hatiye sazkirin.
error-storage = Dema tomarkirinê xeletiyek çêbû. Tiştek nehate jêbirin.
error-peer-unreachable = Amûra din nehat dîtin. Kontrol bike ku her du jî li ser heman torê ne.
error-not-paired = Ev amûr bi ya din re nehatiye girêdan. Pêşî wan bi hev ve girêde.
error-sync-interrupted = Hevdemkirin qut bû. Tiştek winda nebû. Dîsa biceribîne.
error-sync-refused = Amûra din got na. Dîsa biceribîne, an wan ji nû ve girêde.
error-schema-mismatch = Guhertoyên Mestre yên amûran cuda ne. Herduyan nû bike.
error-pairing-wrong-code = Koda şaş. Dîsa biceribîne.
error-pairing-closed = Kod êdî ne derbasdar e. Kodeke nû bixwaze.
error-voice-pack-unreadable = Ev pel ne pakêta dengan a Mestre ye, an xirab bûye.
error-recording-empty = Tomar vala ye. Hinekî nêzîktir biaxive û dîsa biceribîne.
error-audio-unreadable = Tomar nayê lêxistin. Xera bûye.
error-microphone-missing = Mîkrofon nehat dîtin. Ji rêberê alîkarî bixwaze.
error-microphone-busy = Mîkrofon mijûl e an naxebite. Piştî hinekê dîsa biceribîne.
# review: the three messages below are new.
error-other-cafe = Ev amûr ya kafeyeke din e.
error-pairing-busy = Amûra din mijûl e. Hinekî bisekine û dîsa biceribîne.
error-mentor-key-missing = Mifteya te ya rêberê hîn ne li ser vê amûrê ye. Pêşî bi komputera kafeyê re hevdem bike.
error-printer-unavailable = Tu çapker çap wernegirt. PDF hat tomarkirin.
error-reading-out-of-range = Germpîv nikare vê nîşan bide. Dîsa binêre û hejmarê dîsa binivîse.
# review: not yet read by a native speaker
error-aim-not-in-plan = Ev armanc hêj di plana wê de nîne. Pêşî wê li planê zêde bike.
# review: not yet read by a native speaker
error-mark-out-of-order = Nîşan bi rêzê tên: pêşî P, paşê F, paşê K.
# review: not yet read by a native speaker
error-evidence-missing = K delîl dixwaze. Pêşî herî kêm delîlek zêde bike.
# review: not yet read by a native speaker
error-comment-missing = Dema ku tu gavekê paşde diçî, binivîse an bêje çima.
# review: not yet read by a native speaker
error-credential-invalid = Ev belge xera bûye an piştî îmzekirinê hatiye guhertin. Nabe mirov pê bawer bike.
# review: not yet read by a native speaker
error-aim-not-checked = Open Badge dema ku armanc hatibe kontrolkirin (K) tê çêkirin.
