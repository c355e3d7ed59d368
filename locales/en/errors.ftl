# Mestre — English.
# This file: every error, as a person hears it.

## Errors
error-login-failed = That was not right. Try again.
error-login-locked =
    { $minutes ->
        [one] Too many tries. Wait one minute, then try again.
       *[other] Too many tries. Wait { $minutes } minutes, then try again.
    }
error-not-allowed = Only a mentor can do this.
error-invalid-input = Check what you wrote or chose.
error-image-unreadable = The picture cannot be opened. It is damaged, or it is not a picture.
error-image-too-large = The picture is too big. Choose a smaller picture.
error-database-too-new = The data was made by a newer Mestre. Update the app.
error-database-unavailable = The data cannot be opened.
error-not-found = It was not found.
error-setup-state = The café is already set up.
error-storage = Something went wrong while saving. Nothing was deleted.
error-peer-unreachable = The other device was not found. Check that both are on the same network.
error-not-paired = This device is not paired with the other one. Pair them first.
error-sync-interrupted = The sync was cut off. Nothing is lost. Try again.
error-sync-refused = The other device said no. Try again, or pair them again.
error-schema-mismatch = The devices have different versions of Mestre. Update both.
error-pairing-wrong-code = Wrong code. Try again.
error-pairing-closed = The code is no longer valid. Ask for a new code.
error-voice-pack-unreadable = This file is not a Mestre voice pack, or it is damaged.
error-recording-empty = The recording is empty. Speak a little closer and try again.
error-audio-unreadable = The recording cannot be played. It is damaged.
error-microphone-missing = No microphone was found. Ask the mentor for help.
error-microphone-busy = The microphone is busy or not working. Try again in a moment.
error-other-cafe = This device belongs to another café.
error-pairing-busy = The other device is busy. Wait a little and try again.
error-mentor-key-missing = Your mentor key is not on this device yet. Sync with the café's computer first.
error-printer-unavailable = No printer took the print. The PDF is saved.
error-reading-out-of-range = A thermometer cannot show that. Look again and type the number again.
error-aim-not-in-plan = This aim is not in her plan yet. Add it to the plan first.
error-mark-out-of-order = Marks come in order: first P, then F, then K.
error-evidence-missing = K needs evidence. Add at least one piece of evidence to the aim first.
error-comment-missing = Write or say why when you go a step back.
error-credential-invalid = This credential is damaged or was changed after it was signed. It cannot be trusted.
error-aim-not-checked = An Open Badge is made once the aim is checked (K).
