<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>MESO Desk plans (*.meso)</source>
        <extracomment>(marked for the catalogue; the dialogs show ``tr(PLAN_FILTER)``)</extracomment>
        <translation>MESO-Desk-Pläne (*.meso)</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Untitled negotiation</source>
        <translation>Unbenannte Verhandlung</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <extracomment>the list of recent files changed (the window rebuilds its Open Recent menu)</extracomment>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>Änderungen an „{name}“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>Plan speichern unter</translation>
    </message>
    <message>
        <source>{file} already exists. Do you want to replace it?</source>
        <translation>{file} existiert bereits. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>The plan in it is replaced by this one.</source>
        <translation>Der Plan darin wird durch diesen ersetzt.</translation>
    </message>
    <message>
        <source>New plan — add its issues in the Issues panel</source>
        <translation>Neuer Plan — legen Sie seine Verhandlungspunkte im Bereich Verhandlungspunkte an</translation>
    </message>
    <message>
        <source>New plan from the {name} example — Save As to keep it</source>
        <translation>Neuer Plan aus dem Beispiel „{name}“ — mit „Speichern unter“ behalten</translation>
    </message>
    <message>
        <source>Cannot Open Plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened {file}, an older file: {note} (and {count} more)</source>
        <translation>{file} geöffnet, eine ältere Datei: {note} (und {count} weitere)</translation>
    </message>
    <message>
        <source>&amp;Contingent</source>
        <extracomment>the answers of :meth:`FileController.ask_save_changes` the answers of :meth:`FileController.ask_changed_on_disk` (and CANCEL) File ▸ New from Example: the shipped example plans as the menu shows them (by file name), each with its Alt letter (shown without it in tooltips and messages: :func:`example_label`)</extracomment>
        <translation>&amp;Bedingte Vereinbarungen</translation>
    </message>
    <message>
        <source>&amp;Hiring</source>
        <translation>&amp;Personaleinstellung</translation>
    </message>
    <message>
        <source>S&amp;ourcing</source>
        <translation>Be&amp;schaffung</translation>
    </message>
    <message>
        <source>Supplier (&amp;German)</source>
        <translation>Lieferant (&amp;deutsch)</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program since you saved it.</source>
        <translation>„{name}“ wurde seit dem Speichern von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program since you opened it.</source>
        <translation>„{name}“ wurde seit dem Öffnen von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>Overwrite replaces its changes with this plan (they stay in {backup} until the next save). Save As… keeps both.</source>
        <translation>„Überschreiben“ ersetzt die dortigen Änderungen durch diesen Plan (sie bleiben bis zum nächsten Speichern in {backup}). „Speichern unter…“ behält beides.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Opened {file}, an older file: {note}</source>
        <translation>{file} geöffnet, eine ältere Datei: {note}</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} geöffnet</translation>
    </message>
    <message>
        <source>Cannot Revert to Saved</source>
        <translation>Gespeicherte Fassung nicht wiederherstellbar</translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation>Gespeicherte Fassung wiederherstellen</translation>
    </message>
    <message>
        <source>Back to {file} as saved — Edit ▸ Undo brings your changes back</source>
        <translation>Zurück zu {file}, wie gespeichert – Bearbeiten ▸ Rückgängig holt Ihre Änderungen zurück</translation>
    </message>
    <message>
        <source>Cannot Import GENIUS Negotiation</source>
        <translation>GENIUS-Verhandlung kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Imported {file} — 1 issue; save it as a plan to keep it</source>
        <translation>{file} importiert — 1 Verhandlungspunkt; speichern Sie es als Plan, um es zu behalten</translation>
    </message>
    <message>
        <source>Imported {file} — {count} issues; save it as a plan to keep it</source>
        <translation>{file} importiert — {count} Verhandlungspunkte; speichern Sie es als Plan, um es zu behalten</translation>
    </message>
    <message>
        <source>Cannot Save Plan</source>
        <translation>Plan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
    <message>
        <source>Restored the older copy of “{name}”, unsaved: Save replaces the newer file; File ▸ Revert to Saved brings it back</source>
        <translation>Ältere Kopie von „{name}“ geöffnet, ungespeichert: Speichern ersetzt die neuere Datei, „Gespeicherte Fassung wiederherstellen“ holt sie zurück</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Qt&apos;s own locales for the languages spoken</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Sprache des &amp;Systems</translation>
    </message>
    <message>
        <source>Speak the system&apos;s language (English where it is neither English nor German), from the next start</source>
        <translation>Die Sprache des Systems verwenden (Englisch, wenn diese weder Englisch noch Deutsch ist), ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Speak {language} from the next start; the cards speak each plan&apos;s own language</source>
        <translation>Ab dem nächsten Start {language} verwenden; die Karten verwenden die Sprache ihres Plans</translation>
    </message>
    <message>
        <source>MESO Desk will speak {language} when it next starts.</source>
        <translation>MESO Desk spricht beim nächsten Start {language}.</translation>
    </message>
    <message>
        <source>MESO Desk does not speak {language}; it speaks {languages}</source>
        <extracomment>The languages MESO Desk speaks, by code, each named in its own words. (language, source text, disambiguation) → translation or &quot;&quot; (the Qt layer&apos;s QTranslator)</extracomment>
        <translation>MESO Desk spricht {language} nicht; es spricht {languages}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>joining a list</comment>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>over 99 %</source>
        <translation>über 99 %</translation>
    </message>
    <message>
        <source>under 1 %</source>
        <translation>unter 1 %</translation>
    </message>
    <message>
        <source>{percent:.0f} %</source>
        <translation>{percent:.0f} %</translation>
    </message>
    <message>
        <source>about {percent:.0f} %</source>
        <translation>etwa {percent:.0f} %</translation>
    </message>
    <message>
        <source>INTERNAL {document} — {title}</source>
        <translation>INTERN: {document} — {title}</translation>
    </message>
    <message>
        <source>INTERNAL {document}</source>
        <translation>INTERN: {document}</translation>
    </message>
    <message>
        <source>INTERNAL — not for {counterpart}</source>
        <translation>INTERN — nicht für {counterpart}</translation>
    </message>
    <message>
        <source>INTERNAL — not for the other side</source>
        <translation>INTERN — nicht für die Gegenseite</translation>
    </message>
    <message>
        <source>Your plan has no unsaved changes; please report this error.</source>
        <extracomment>what setup_logging did, once per process: ``{&quot;file&quot;: the log file or None}``</extracomment>
        <translation>Ihr Plan hat keine ungespeicherten Änderungen; bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>Your work is kept in the recovery copy; please save it and report this error.</source>
        <translation>Ihre Arbeit ist in der Kopie zur Wiederherstellung gesichert; bitte speichern Sie sie und melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>The recovery copy could not be written: please save your plan under a new name (File ▸ Save As…) and report this error.</source>
        <translation>Die Kopie zur Wiederherstellung konnte nicht geschrieben werden: Bitte speichern Sie Ihren Plan unter einem neuen Namen (Datei ▸ Speichern unter…) und melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>Something went wrong: {what}

{advice}</source>
        <translation>Etwas ist schiefgegangen: {what}

{advice}</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>the column headers and the combos&apos; texts (marked for the catalogue; shown as ``tr(…)``; the combos keep the keys as item data)</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Verhandlungspunkt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Value or options</source>
        <translation>Wert oder Optionen</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>term</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>their points</source>
        <translation>ihre Punkte</translation>
    </message>
    <message>
        <source>refuses</source>
        <translation>lehnt ab</translation>
    </message>
    <message>
        <source>must sign off</source>
        <translation>muss freigeben</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>Conditions of the selected approver</source>
        <extracomment>the kinds without an issue, and without a below/above a condition was added, removed or changed</extracomment>
        <translation>Bedingungen des ausgewählten Freigebers</translation>
    </message>
    <message>
        <source>Value or options</source>
        <comment>narrow column</comment>
        <translation>Wert/Optionen</translation>
    </message>
    <message>
        <source>The selected approver&apos;s conditions, checked on every package: e.g. Quality refuses Warranty below 24; CFO must sign off a total cost above 400000</source>
        <translation>Die Bedingungen des ausgewählten Freigebers, bei jedem Paket geprüft: z. B. Qualität lehnt Gewährleistung unter 24 ab; Finanzvorstand muss Gesamtkosten über 400000 freigeben</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add a condition for the selected approver</source>
        <translation>Eine Bedingung für den ausgewählten Freigeber hinzufügen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>Remove the selected condition of the selected approver</source>
        <translation>Die ausgewählte Bedingung des ausgewählten Freigebers entfernen</translation>
    </message>
    <message>
        <source>optional, e.g. Warranty 60, Delivery 40</source>
        <extracomment>the label the owner gives the weights (enabled with them)</extracomment>
        <translation>optional, z. B. Gewährleistung 60, Lieferung 40</translation>
    </message>
    <message>
        <source>The selected approver&apos;s own weights</source>
        <translation>Die eigene Gewichtung des ausgewählten Freigebers</translation>
    </message>
    <message>
        <source>How the selected approver weighs the issues (on your value curves), for conditions on “their points”: e.g. Quality refuses a package below 55 by Warranty 60, Delivery 40</source>
        <translation>Wie der ausgewählte Freigeber die Verhandlungspunkte gewichtet (auf Ihren Wertkurven), für Bedingungen auf „ihre Punkte“: z. B. Qualität lehnt ein Paket unter 55 ab, bei Gewährleistung 60, Lieferung 40</translation>
    </message>
    <message>
        <source>A number of an issue, its allowed options, the total cost, or the package&apos;s points by the approver&apos;s own weights</source>
        <translation>Eine Zahl eines Verhandlungspunkts, seine erlaubten Optionen, die Gesamtkosten oder die Punkte des Pakets nach der eigenen Gewichtung des Freigebers</translation>
    </message>
    <message>
        <source>The issue the condition is on (none for the total cost)</source>
        <translation>Der Verhandlungspunkt, auf den sich die Bedingung bezieht (keiner bei den Gesamtkosten)</translation>
    </message>
    <message>
        <source>The condition applies to a term (or total) below or above the value</source>
        <translation>Die Bedingung gilt für einen Wert (oder eine Summe) unter oder über dem angegebenen Wert</translation>
    </message>
    <message>
        <source>Refuses: the approver objects; must sign off: the package needs their signature</source>
        <translation>Lehnt ab: Der Freigeber widerspricht; muss freigeben: Das Paket braucht seine Unterschrift</translation>
    </message>
    <message>
        <source>Never applies: {reason}</source>
        <translation>Greift nie: {reason}</translation>
    </message>
    <message>
        <source>cannot create {file}</source>
        <translation>kann {file} nicht anlegen</translation>
    </message>
    <message>
        <source>recovery lock {path} is taken</source>
        <translation>die Sperre der Kopie zur Wiederherstellung {path} ist belegt</translation>
    </message>
    <message>
        <source>Restored unsaved changes to “{name}”</source>
        <extracomment>the state of ``original`` when the crashed window last read or wrote it (None: not noted) an unreadable copy already said (:meth:`keep_unreadable`): not mentioned again how the copy stands to its file, once :meth:`compare_with_file` has looked: &quot;&quot;, FILE_NEWER, FILE_CHANGED or SAME_AS_FILE; and when the file was last saved (for the first two)</extracomment>
        <translation>Ungespeicherte Änderungen an „{name}“ wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored unsaved changes to the unsaved plan “{title}”</source>
        <translation>Ungespeicherte Änderungen am ungespeicherten Plan „{title}“ wiederhergestellt</translation>
    </message>
    <message>
        <source>Could not write the recovery copy: {reason}</source>
        <extracomment>the temporary files a session&apos;s atomic writes make (``save_plan`` and ``_write_json_atomic``: ``.&lt;session id&gt;.meso.&lt;mkstemp&gt;.tmp``, ``.&lt;session id&gt;.json.&lt;mkstemp&gt;.tmp``) ``time.monotonic()`` of the last recovery copy written, and whether the last try failed</extracomment>
        <translation>Die Kopie zur Wiederherstellung konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Autosave is off: {why}; recent files and settings are not kept: {why_settings}</source>
        <translation>Automatisches Sichern ist aus: {why}; zuletzt geöffnete Dateien und Einstellungen werden nicht behalten: {why_settings}</translation>
    </message>
    <message>
        <source>Autosave and recent files are off: {why}</source>
        <translation>Automatisches Sichern und zuletzt geöffnete Dateien sind aus: {why}</translation>
    </message>
    <message>
        <source>Autosave is off: {why}</source>
        <translation>Automatisches Sichern ist aus: {why}</translation>
    </message>
    <message>
        <source>Recent files and settings are not kept: {why}</source>
        <translation>Zuletzt geöffnete Dateien und Einstellungen werden nicht behalten: {why}</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>MESO Desk did not close properly last time. Unsaved changes to “{name}” were kept (autosaved {when}).</source>
        <translation>MESO Desk wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an „{name}“ wurden aufbewahrt (automatisch gesichert {when}).</translation>
    </message>
    <message>
        <source>MESO Desk did not close properly last time. Unsaved changes to the unsaved plan “{title}” were kept (autosaved {when}).</source>
        <translation>MESO Desk wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Änderungen am ungespeicherten Plan „{title}“ wurden aufbewahrt (automatisch gesichert {when}).</translation>
    </message>
    <message>
        <source>Open the File shows the plan as it was saved and keeps this copy for the next start. Restore Older Copy opens the copy as unsaved changes: the file is replaced only if you save. Discard deletes the copy.</source>
        <extracomment>the file was saved after this copy: said first, and the safe choice is the default</extracomment>
        <translation>„Datei öffnen“ zeigt den Plan, wie er gespeichert wurde, und behält diese Kopie für den nächsten Start. „Ältere Kopie wiederherstellen“ öffnet die Kopie als ungespeicherte Änderungen: Die Datei wird erst ersetzt, wenn Sie speichern. „Verwerfen“ löscht die Kopie.</translation>
    </message>
    <message>
        <source>Restore opens the recovered plan as unsaved changes; the file on disk is not touched until you save. Discard deletes the recovered copy.</source>
        <translation>„Wiederherstellen“ öffnet den geretteten Plan als ungespeicherte Änderungen; die Datei auf dem Datenträger bleibt unberührt, bis Sie speichern. „Verwerfen“ löscht die gerettete Kopie.</translation>
    </message>
    <message>
        <source>1 more recovered plan is waiting: it is offered after this one if you discard it or choose Decide Later, else the next time MESO Desk starts.</source>
        <translation>1 weiterer wiederhergestellter Plan wartet: Er wird nach diesem angeboten, wenn Sie diesen verwerfen oder „Später entscheiden“ wählen, sonst beim nächsten Start von MESO Desk.</translation>
    </message>
    <message>
        <source>{count} more recovered plans are waiting: they are offered after this one if you discard it or choose Decide Later, else the next time MESO Desk starts.</source>
        <translation>{count} weitere wiederhergestellte Pläne warten: Sie werden nach diesem angeboten, wenn Sie diesen verwerfen oder „Später entscheiden“ wählen, sonst beim nächsten Start von MESO Desk.</translation>
    </message>
    <message>
        <source>&amp;Open the File</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open “{name}” as it was saved; the copy is kept and offered at the next start</source>
        <translation>„{name}“ so öffnen, wie die Datei gespeichert wurde; die Kopie bleibt und wird beim nächsten Start wieder angeboten</translation>
    </message>
    <message>
        <source>&amp;Restore Older Copy</source>
        <translation>Ältere Kopie &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Open the older copy as unsaved changes (the file is replaced only if you save)</source>
        <translation>Die ältere Kopie als ungespeicherte Änderungen öffnen (die Datei wird erst beim Speichern ersetzt)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <comment>recovery</comment>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <comment>recovery</comment>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Recovery copy cannot be read</source>
        <translation>Kopie zur Wiederherstellung nicht lesbar</translation>
    </message>
    <message>
        <source>A recovery copy of {plan} (autosaved {when}) was written by a newer MESO Desk; this version cannot read it.</source>
        <translation>Eine Kopie zur Wiederherstellung von {plan} (automatisch gesichert {when}) wurde von einem neueren MESO Desk geschrieben; diese Version kann sie nicht lesen.</translation>
    </message>
    <message>
        <source>It is kept as {file} in {folder}. The newer MESO Desk offers to restore it when it starts. Keep leaves it there, and this version does not mention it again; Remove deletes it.</source>
        <translation>Sie liegt als {file} in {folder}. Das neuere MESO Desk bietet beim Start an, sie wiederherzustellen. „Behalten“ lässt sie dort, und diese Version erwähnt sie nicht mehr; „Entfernen“ löscht sie.</translation>
    </message>
    <message>
        <source>A recovery copy of {plan} (autosaved {when}) cannot be read: {reason}</source>
        <translation>Eine Kopie zur Wiederherstellung von {plan} (automatisch gesichert {when}) ist nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>It is kept as {file} in {folder}. Keep leaves it there, and it is not mentioned again; Remove deletes it.</source>
        <translation>Sie liegt als {file} in {folder}. „Behalten“ lässt sie dort, und sie wird nicht mehr erwähnt; „Entfernen“ löscht sie.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <comment>recovery copy</comment>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Delete the copy that cannot be read</source>
        <translation>Die nicht lesbare Kopie löschen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <comment>recovery copy</comment>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Leave the copy where it is and do not mention it again</source>
        <translation>Die Kopie dort lassen, wo sie ist, und nicht mehr erwähnen</translation>
    </message>
    <message>
        <source>Open the recovered plan (unsaved)</source>
        <translation>Den geretteten Plan öffnen (ungespeichert)</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <extracomment>:meth:`UnreadableCopyDialog.choice`</extracomment>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>the unsaved plan “{title}”</source>
        <translation>dem ungespeicherten Plan „{title}“</translation>
    </message>
    <message>
        <source>The file was saved at {file_time}, after this copy ({copy_time}): restoring would bring back an older state.</source>
        <translation>Die Datei wurde nach dieser Kopie gespeichert (Datei: {file_time}, Kopie: {copy_time}): Wiederherstellen brächte einen älteren Stand zurück.</translation>
    </message>
    <message>
        <source>The file was saved at {file_time} by another window or program while these changes were being made: restoring would bring back an older state.</source>
        <translation>Die Datei wurde von einem anderen Fenster oder Programm gespeichert ({file_time}), während diese Änderungen entstanden: Wiederherstellen brächte einen älteren Stand zurück.</translation>
    </message>
    <message>
        <source>Delete the recovered copy for good</source>
        <translation>Die gerettete Kopie endgültig löschen</translation>
    </message>
    <message>
        <source>Keep the recovered copy and ask again at the next start</source>
        <translation>Die gerettete Kopie behalten und beim nächsten Start erneut fragen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <extracomment>emitted with a :class:`Change` after every change of the plan (apply, undo, redo, open) the selected package&apos;s name (&quot;&quot; when none) the file path changed (str, &quot;&quot; for an unsaved plan) the modified flag changed a continuous gesture (a slider or a drag) has started a continuous gesture (a slider or a drag) has ended: views that wait for a pause can draw a message for the user (text, milliseconds to show it; 0 = until the next one): the one way any part of the window posts to the status bar what :meth:`hold_note` says about a package (its name) changed: a new term edit, or an undo, redo or other edit that takes its terms away from the note or back to it commit what is typed but not applied yet, now (see :meth:`commit_pending_edits`) the plan when the current gesture started (None outside a gesture) the run of key steps under way (its merge key) and the plan before its first step the plan is in no file yet although the undo stack is clean (import, recovery) what the plan&apos;s file held when the window last read or wrote it (a :class:`~meso_desk.app.file_state.FileState`, set by the file controller; None for a plan in no file): Save compares the file with it, and the recovery copy keeps it as its base package → (the TermsEdit of its last term edit with Hold value, the package it left)</extracomment>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, one file per table (*.csv)</source>
        <extracomment>(marked for the catalogue; the dialogs show ``tr(…)``)</extracomment>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV, eine Datei pro Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Quotes (*.csv *.xlsx);;All files (*)</source>
        <translation>Preisangebote (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet…</source>
        <translation>&amp;Tabelle…</translation>
    </message>
    <message>
        <source>Packages, MESO sets, rounds and the estimate as .xlsx or CSV (INTERNAL)</source>
        <translation>Pakete, MESO-Sets, Runden und die Schätzung als .xlsx oder CSV (INTERN)</translation>
    </message>
    <message>
        <source>Summary for &amp;Approvers…</source>
        <translation>Zusammenfassung für die &amp;Freigabe…</translation>
    </message>
    <message>
        <source>One INTERNAL page for the people who approve the deal (PDF)</source>
        <translation>Eine INTERNE Seite für die Personen, die den Abschluss freigeben (PDF)</translation>
    </message>
    <message>
        <source>Import Q&amp;uotes…</source>
        <translation>&amp;Preisangebote importieren…</translation>
    </message>
    <message>
        <source>Add supplier quotes from a CSV or xlsx file as packages</source>
        <translation>Preisangebote von Lieferanten aus einer CSV- oder xlsx-Datei als Pakete hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Export Spreadsheet (INTERNAL)</source>
        <translation>Tabelle exportieren (INTERN)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <source>Replace the files that already exist?</source>
        <translation>Die vorhandenen Dateien ersetzen?</translation>
    </message>
    <message>
        <source>The export writes one file per table and would replace:
{files}</source>
        <translation>Der Export schreibt eine Datei je Tabelle und würde ersetzen:
{files}</translation>
    </message>
    <message>
        <source>Cannot Export Spreadsheet</source>
        <translation>Tabelle kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote {files} — INTERNAL: never send it to the counterpart</source>
        <translation>{files} geschrieben — INTERN: nie an die Gegenseite senden</translation>
    </message>
    <message>
        <source>Import Quotes</source>
        <translation>Preisangebote importieren</translation>
    </message>
    <message>
        <source>Export Summary for Approvers (INTERNAL)</source>
        <translation>Zusammenfassung für die Freigabe exportieren (INTERN)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export Summary</source>
        <translation>Zusammenfassung kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote {file} — INTERNAL summary for approvers</source>
        <translation>{file} geschrieben — INTERNE Zusammenfassung für die Freigabe</translation>
    </message>
    <message>
        <source>GENIUS XML files (*.xml)</source>
        <extracomment>(marked for the catalogue; the dialog shows ``tr(XML_FILTER)``)</extracomment>
        <translation>GENIUS-XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>Import GENIUS Negotiation</source>
        <translation>GENIUS-Verhandlung importieren</translation>
    </message>
    <message>
        <source>A GENIUS case is a domain file (the issues and their options) and a utility profile per side. Choose the domain and &lt;b&gt;your&lt;/b&gt; side&apos;s profile.</source>
        <translation>Ein GENIUS-Fall besteht aus einer Domänendatei (die Verhandlungspunkte und ihre Optionen) und einem Nutzenprofil je Seite. Wählen Sie die Domäne und das Profil &lt;b&gt;Ihrer&lt;/b&gt; Seite.</translation>
    </message>
    <message>
        <source>The GENIUS domain XML: the issues and their options</source>
        <translation>Die GENIUS-Domänen-XML: die Verhandlungspunkte und ihre Optionen</translation>
    </message>
    <message>
        <source>Your side&apos;s GENIUS utility profile XML: weights and evaluations</source>
        <translation>Die GENIUS-Nutzenprofil-XML Ihrer Seite: Gewichte und Bewertungen</translation>
    </message>
    <message>
        <source>…_utility.xml or …-prof1.xml</source>
        <translation>…_utility.xml oder …-prof1.xml</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>Choose the domain file</source>
        <translation>Die Domänendatei wählen</translation>
    </message>
    <message>
        <source>&amp;Your profile:</source>
        <translation>&amp;Ihr Profil:</translation>
    </message>
    <message>
        <source>Choose your side&apos;s utility profile</source>
        <translation>Das Nutzenprofil Ihrer Seite wählen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Im&amp;portieren</translation>
    </message>
    <message>
        <source>Build a plan from these files</source>
        <translation>Aus diesen Dateien einen Plan erstellen</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>Nichts importieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the GENIUS domain</source>
        <translation>Die GENIUS-Domäne wählen</translation>
    </message>
    <message>
        <source>Choose your GENIUS profile</source>
        <translation>Ihr GENIUS-Profil wählen</translation>
    </message>
    <message>
        <source>Welcome to MESO Desk</source>
        <extracomment>The guide in the other languages MESO Desk speaks (the same pictures, taken in that language: ``images/de/``, made by ``python -m meso_desk.app.help.screenshots --language de``) The tour: (workspace or None, title, text), marked for the catalogue and shown as ``tr(title)``, ``tr(text)``</extracomment>
        <translation>Willkommen bei MESO Desk</translation>
    </message>
    <message>
        <source>MESO Desk plans a negotiation with several equally good offers made at once. The window has four workspaces, one for each phase of the evening; the buttons in the toolbar (or F5 … F8) switch between them. This tour shows each in a few words.</source>
        <translation>MESO Desk plant eine Verhandlung mit mehreren gleich guten Angeboten, die gleichzeitig gemacht werden. Das Fenster hat vier Arbeitsbereiche, einen für jede Phase des Abends; die Schaltflächen in der Werkzeugleiste (oder F5 … F8) wechseln zwischen ihnen. Diese Tour stellt jeden in wenigen Worten vor.</translation>
    </message>
    <message>
        <source>1 · Prepare</source>
        <translation>1 · Vorbereiten</translation>
    </message>
    <message>
        <source>Before the meeting: the issues you negotiate, what each term is worth to you (its curve) and how much each issue matters (the weights).</source>
        <translation>Vor dem Treffen: die Verhandlungspunkte, über die Sie verhandeln, was Ihnen jede Bedingung wert ist (ihre Kurve) und wie wichtig jeder Verhandlungspunkt ist (die Gewichtung).</translation>
    </message>
    <message>
        <source>2 · Offers</source>
        <translation>2 · Angebote</translation>
    </message>
    <message>
        <source>Build what you will offer: Negotiation ▸ Generate MESOs (Ctrl+G) makes a set of packages that are equally good for you; the value map shows where they lie.</source>
        <translation>Bauen Sie, was Sie anbieten werden: Verhandlung ▸ MESOs erzeugen (Strg+G) erstellt ein Set von Paketen, die für Sie gleich gut sind; die Wertkarte zeigt, wo sie liegen.</translation>
    </message>
    <message>
        <source>3 · In the room</source>
        <translation>3 · Im Raum</translation>
    </message>
    <message>
        <source>At the table: Record Reaction (Ctrl+R) notes which offer they preferred; the estimate of what matters to them follows, and Next MESOs (Ctrl+Shift+N) makes better-aimed offers.</source>
        <translation>Am Tisch: Reaktion erfassen (Strg+R) hält fest, welches Angebot die Gegenseite vorzog; die Schätzung dessen, was ihr wichtig ist, folgt, und Nächste MESOs (Strg+Umschalt+N) macht gezieltere Angebote.</translation>
    </message>
    <message>
        <source>4 · Deal</source>
        <translation>4 · Abschluss</translation>
    </message>
    <message>
        <source>Close it: Record Agreement (Ctrl+Shift+A), then packages better for both sides (post-settlement) and the debrief.</source>
        <translation>Abschließen: Einigung erfassen (Strg+Umschalt+A), dann Pakete, die für beide Seiten besser sind (Nachverhandlung), und die Nachbesprechung.</translation>
    </message>
    <message>
        <source>That is all</source>
        <translation>Das ist alles</translation>
    </message>
    <message>
        <source>F1 opens the guide with pictures at any time. Ctrl+1 … Ctrl+7 go to a panel; every step is in the Negotiation menu. Enjoy the evening.</source>
        <translation>F1 öffnet jederzeit das Handbuch mit Bildern. Strg+1 … Strg+7 gehen zu einem Bereich; jeder Schritt steht im Menü Verhandlung. Einen guten Abend!</translation>
    </message>
    <message>
        <source>MESO Desk Guide</source>
        <extracomment>links refused (not a page of the guide), for tests</extracomment>
        <translation>MESO-Desk-Handbuch</translation>
    </message>
    <message>
        <source>MESO Desk — a short tour</source>
        <translation>MESO Desk — eine kurze Tour</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>tour</comment>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>Der vorige Schritt</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>tour</comment>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>Der nächste Schritt</translation>
    </message>
    <message>
        <source>Skip the tour</source>
        <translation>Tour überspringen</translation>
    </message>
    <message>
        <source>Close the tour (Help ▸ Short Tour shows it again)</source>
        <translation>Die Tour schließen (Hilfe ▸ Kurze Tour zeigt sie wieder)</translation>
    </message>
    <message>
        <source>{step} of {steps}</source>
        <comment>tour</comment>
        <translation>{step} von {steps}</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>tour</comment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Show or hide the {title} panel</source>
        <extracomment>Dock titles a touch stronger than the panels&apos; text, with some air (fonts and palettes set by a style sheet do not propagate to the panels inside). restore the window&apos;s geometry and dock layout from the settings, and save them on close New / Open / Save / Import / Open Recent / recovery what is off because MESO Desk&apos;s own folders cannot be made (&quot;&quot; when all is well): said once</extracomment>
        <translation>Bereich „{title}“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Issues</source>
        <extracomment>Widest a column may start (its contents are in the tooltip; the user can widen it). The main columns give way in this order, down to these widths, when the panel is narrow (their whole text is in the tooltip); only the notes then need the horizontal scroll. Narrowest the notes column starts when there is room for it. Widest the names start: given the room the notes would have had beyond their narrowest, and that of the columns that give way before them, so a long name is read whole where it can be. the selected issue&apos;s name (&quot;&quot; when none)</extracomment>
        <translation>Verhandlungspunkte</translation>
    </message>
    <message>
        <source>The issues of the negotiation and our value curve for each</source>
        <translation>Die Verhandlungspunkte und unsere Wertkurve für jeden</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>How much each issue matters to us (sums to 100 %)</source>
        <translation>Wie wichtig uns jeder Verhandlungspunkt ist (Summe 100 %)</translation>
    </message>
    <message>
        <source>Packages</source>
        <extracomment>New cards per turn of the event loop: as many as have this many term rows together (at least one card). A card of ten issues takes 10–15 ms to make and show; three cards of six issues (a MESO set on the supplier example) are still made at once. fold state, view state only: plan (its path, &quot;&quot; unsaved) → set name → folded fits the cards once the layout has placed them; a child, it dies with the panel (never fires on a dead one) makes the next slice of new cards (:meth:`_add_columns`), one turn of the event loop later a new set brought into view before its cards were all made: scrolled to again after
----------
Table names, in sheet order (``--table`` on the command line). Sheet titles (shown as ``tr(SHEET_TITLES[key])``).</extracomment>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Our packages side by side with their live scores</source>
        <translation>Unsere Pakete nebeneinander mit ihren aktuellen Punktzahlen</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Gegenseite</translation>
    </message>
    <message>
        <source>What we learn about the other side</source>
        <translation>Was wir über die Gegenseite lernen</translation>
    </message>
    <message>
        <source>Deal</source>
        <extracomment>the supplier whose lessons the field shows (after a switch it shows the new one&apos;s, focused or not) (one column, left, right): before an agreement the walk-aways lead; after one, the agreement and its suggestions stand side by side at the top</extracomment>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>BATNA, ZOPA and the agreement</source>
        <translation>BATNA, ZOPA und die Einigung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Our value against their estimated value: the Pareto frontier and our packages</source>
        <translation>Unser Wert gegen den geschätzten Wert der Gegenseite: die Pareto-Grenze und unsere Pakete</translation>
    </message>
    <message>
        <source>Plan as opened</source>
        <translation>Plan wie geöffnet</translation>
    </message>
    <message>
        <source>Every change so far; click a step to go back to it</source>
        <translation>Jede Änderung bisher; klicken Sie auf einen Schritt, um zu ihm zurückzukehren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The undo history of this plan</source>
        <translation>Der Änderungsverlauf dieses Plans</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation>Einen leeren Plan beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a .meso plan</source>
        <translation>Einen .meso-Plan öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Den Plan speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the plan under a new name</source>
        <translation>Den Plan unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>&amp;Gespeicherte Fassung wiederherstellen</translation>
    </message>
    <message>
        <source>Go back to the plan as its file was last saved (Edit ▸ Undo brings your changes back)</source>
        <translation>Zurück zum Plan, wie seine Datei zuletzt gespeichert wurde (Bearbeiten ▸ Rückgängig holt Ihre Änderungen zurück)</translation>
    </message>
    <message>
        <source>&amp;Import GENIUS…</source>
        <translation>GENIUS &amp;importieren…</translation>
    </message>
    <message>
        <source>Build a plan from a GENIUS domain and your utility profile</source>
        <translation>Einen Plan aus einer GENIUS-Domäne und Ihrem Nutzenprofil erstellen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit MESO Desk</source>
        <translation>MESO Desk beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the last change</source>
        <translation>Die letzte Änderung wiederholen</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Änderungs&amp;verlauf</translation>
    </message>
    <message>
        <source>Show every change and go back to any of them</source>
        <translation>Jede Änderung zeigen und zu jeder zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put the panels of this workspace back in their default places, sized for this window</source>
        <translation>Die Bereiche dieses Arbeitsbereichs an ihre Standardplätze zurücksetzen, passend zur Fenstergröße</translation>
    </message>
    <message>
        <source>MESO Desk &amp;Guide</source>
        <translation>MESO-Desk-&amp;Handbuch</translation>
    </message>
    <message>
        <source>The evening step by step, with pictures (offline)</source>
        <translation>Der Verhandlungsabend Schritt für Schritt, mit Bildern (offline)</translation>
    </message>
    <message>
        <source>Short &amp;Tour</source>
        <translation>Kurze &amp;Tour</translation>
    </message>
    <message>
        <source>A few steps through the four workspaces</source>
        <translation>Ein paar Schritte durch die vier Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;About MESO Desk</source>
        <translation>Ü&amp;ber MESO Desk</translation>
    </message>
    <message>
        <source>Version and licence of MESO Desk</source>
        <translation>Version und Lizenz von MESO Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt toolkit MESO Desk is built with</source>
        <translation>Das Qt-Toolkit, mit dem MESO Desk gebaut ist</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New from &amp;Example</source>
        <translation>Neu aus Beispie&amp;l</translation>
    </message>
    <message>
        <source>Start from the {name} example plan (unsaved)</source>
        <translation>Mit dem Beispielplan „{name}“ beginnen (ungespeichert)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <extracomment>View ▸ Panels: each dock&apos;s entry, with its letter (the dock&apos;s title stays without it)</extracomment>
        <translation>&amp;Verhandlungspunkte</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;Gewichtung</translation>
    </message>
    <message>
        <source>&amp;Packages</source>
        <translation>&amp;Pakete</translation>
    </message>
    <message>
        <source>&amp;Counterpart</source>
        <translation>Gegen&amp;seite</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>&amp;Abschluss</translation>
    </message>
    <message>
        <source>&amp;Risk and Bets</source>
        <translation>&amp;Risiko und Wetten</translation>
    </message>
    <message>
        <source>&amp;Suppliers</source>
        <translation>&amp;Lieferanten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Negotiation</source>
        <translation>&amp;Verhandlung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Pa&amp;nels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Print Cards…</source>
        <translation>Karten &amp;drucken…</translation>
    </message>
    <message>
        <source>Preview, print or export the package cards for the other side (terms only)</source>
        <translation>Die Paketkarten für die Gegenseite ansehen, drucken oder exportieren (nur Bedingungen)</translation>
    </message>
    <message>
        <source>Export Cards as P&amp;DF…</source>
        <translation>Karten als PDF exp&amp;ortieren…</translation>
    </message>
    <message>
        <source>Write the cards of the latest MESO set to a PDF</source>
        <translation>Die Karten des neuesten MESO-Sets als PDF schreiben</translation>
    </message>
    <message>
        <source>Export &amp;Briefing…</source>
        <translation>B&amp;riefing exportieren…</translation>
    </message>
    <message>
        <source>Write the INTERNAL briefing sheet (our points, concessions, questions) to a PDF</source>
        <translation>Das INTERNE Briefing-Blatt (unsere Punkte, Zugeständnisse, Fragen) als PDF schreiben</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Werkzeug&amp;leiste</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Die Werkzeugleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>{workspace}: {tip}</source>
        <comment>workspace shown</comment>
        <translation>{workspace}: {tip}</translation>
    </message>
    <message>
        <source>{workspace}: panels back in their default places</source>
        <translation>{workspace}: Bereiche wieder an ihren Standardplätzen</translation>
    </message>
    <message>
        <source>Undo {change}</source>
        <translation>Rückgängig: {change}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo {change}</source>
        <translation>Wiederholen: {change}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>No package selected</source>
        <translation>Kein Paket ausgewählt</translation>
    </message>
    <message>
        <source>No issues yet</source>
        <translation>Noch keine Verhandlungspunkte</translation>
    </message>
    <message>
        <source>Select a package to see its score here</source>
        <translation>Wählen Sie ein Paket, um hier seine Punktzahl zu sehen</translation>
    </message>
    <message>
        <source>{name}: {value:.1f} points · {relation}</source>
        <translation>{name}: {value:.1f} Punkte · {relation}</translation>
    </message>
    <message>
        <source>Our score of package “{name}” (0–100 points) and its distance to the target level ({target:.1f}; reservation {reservation:.1f})</source>
        <translation>Unsere Punktzahl für das Paket „{name}“ (0–100 Punkte) und ihr Abstand zum Zielniveau ({target:.1f}; Reservationswert {reservation:.1f})</translation>
    </message>
    <message>
        <source>This package breaks a hard limit or is worth less to us than our reservation value.</source>
        <translation>Dieses Paket verletzt eine harte Grenze oder ist uns weniger wert als unser Reservationswert.</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>Forget the recently opened plans</source>
        <translation>Die zuletzt geöffneten Pläne vergessen</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Plan supplier negotiations with multiple equivalent simultaneous offers (MESOs).&lt;/p&gt;&lt;p&gt;Open source under the MIT licence. Your plans stay on this computer: MESO Desk never opens a network connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Planen Sie Lieferantenverhandlungen mit mehreren gleichwertigen, gleichzeitigen Angeboten (MESOs).&lt;/p&gt;&lt;p&gt;Open Source unter der MIT-Lizenz. Ihre Pläne bleiben auf diesem Computer: MESO Desk öffnet nie eine Netzwerkverbindung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>The colours of a refusal and of a warning under a field (made readable on the palette in use). (marked for the catalogue; the header shows ``tr(…)``). The third is the approver&apos;s condition in words; the conditions checked on every package are in the table under it.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Plan Properties</source>
        <extracomment>where an approver row keeps its own weights as typed (its conditions are in Qt.UserRole) (the weights as first shown, the exact weights): kept exactly unless that text is edited (OK without a change rounded 2/3 to 0.667 and made an undo step) ``approvers[1]`` or ``approvers[1].conditions[0].value``: the row (and condition) a refusal is about</extracomment>
        <translation>Planeigenschaften</translation>
    </message>
    <message>
        <source>What you call this negotiation (briefing, debrief, window title)</source>
        <extracomment>field → the label under it that says why its value is refused (or warns)</extracomment>
        <translation>Wie Sie diese Verhandlung nennen (Briefing, Nachbesprechung, Fenstertitel)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Your organisation: printed at the top of every card</source>
        <translation>Ihre Organisation: oben auf jede Karte gedruckt</translation>
    </message>
    <message>
        <source>&amp;Our organisation</source>
        <translation>Unsere &amp;Organisation</translation>
    </message>
    <message>
        <source>The other side: printed on the cards (“For …”)</source>
        <translation>Die Gegenseite: auf die Karten gedruckt („Für …“)</translation>
    </message>
    <message>
        <source>&amp;Supplier</source>
        <translation>&amp;Lieferant</translation>
    </message>
    <message>
        <source>The person you negotiate with: printed on the cards (“For …”) and in the briefing</source>
        <translation>Die Person, mit der Sie verhandeln: auf die Karten gedruckt („Für …“) und im Briefing</translation>
    </message>
    <message>
        <source>Their &amp;negotiator</source>
        <translation>&amp;Verhandlungsführer der Gegenseite</translation>
    </message>
    <message>
        <source>A 3-letter code (EUR, USD) or a short symbol (€, $, kr)</source>
        <translation>Ein Code aus 3 Buchstaben (EUR, USD) oder ein kurzes Symbol (€, $, kr)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>Language of cards and documents</source>
        <translation>Sprache der Karten und Dokumente</translation>
    </message>
    <message>
        <source>The language the cards, the briefing, the debrief and the summary for approvers are printed in (the window&apos;s own language is under View ▸ Language)</source>
        <translation>Die Sprache, in der die Karten, das Briefing, die Nachbesprechung und die Zusammenfassung für die Freigabe gedruckt werden (die Sprache des Fensters steht unter Ansicht ▸ Sprache)</translation>
    </message>
    <message>
        <source>&amp;Language of cards and documents</source>
        <translation>&amp;Sprache der Karten und Dokumente</translation>
    </message>
    <message>
        <source>Offers valid until</source>
        <translation>Angebote gültig bis</translation>
    </message>
    <message>
        <source>Print “Valid until …” on the cards</source>
        <translation>„Gültig bis …“ auf die Karten drucken</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format of the valid-until field</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>The date printed on the cards (“Valid until …”)</source>
        <translation>Das auf die Karten gedruckte Datum („Gültig bis …“)</translation>
    </message>
    <message>
        <source>&amp;Validity</source>
        <translation>&amp;Gültigkeit</translation>
    </message>
    <message>
        <source>Your notes on the plan (INTERNAL: never on cards)</source>
        <translation>Ihre Notizen zum Plan (INTERN: nie auf Karten)</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Who must &amp;approve</source>
        <translation>Wer muss &amp;freigeben</translation>
    </message>
    <message>
        <source>Their own &amp;weights</source>
        <translation>&amp;Eigene Gewichtung</translation>
    </message>
    <message>
        <source>The relationship with the supplier: history, tone, what to keep in mind (INTERNAL: briefing and debrief)</source>
        <translation>Die Beziehung zum Lieferanten: Vorgeschichte, Ton, was zu beachten ist (INTERN: Briefing und Nachbesprechung)</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Beziehung</translation>
    </message>
    <message>
        <source>Notes, approvers and relationship are INTERNAL: they appear in the briefing and the debrief, never on cards.</source>
        <translation>Notizen, Freigeber und Beziehung sind INTERN – sie erscheinen im Briefing und in der Nachbesprechung, nie auf Karten.</translation>
    </message>
    <message>
        <source>Who must approve on our side</source>
        <translation>Wer auf unserer Seite freigeben muss</translation>
    </message>
    <message>
        <source>Who must approve the deal on your side, and when (e.g. CFO — above EUR 400k). INTERNAL: the briefing and the debrief</source>
        <translation>Wer den Abschluss auf Ihrer Seite freigeben muss, und wann (z. B. Finanzvorstand — über 400.000 EUR). INTERN: Briefing und Nachbesprechung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an approver</source>
        <translation>Einen Freigeber hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected approver</source>
        <translation>Den ausgewählten Freigeber entfernen</translation>
    </message>
    <message>
        <source>Conditions of the selected approver (checked on every package):</source>
        <translation>Bedingungen des ausgewählten Freigebers (bei jedem Paket geprüft):</translation>
    </message>
    <message>
        <source>row {row}, condition {condition}: {reason}</source>
        <translation>Zeile {row}, Bedingung {condition}: {reason}</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>Zeile {row}: {reason}</translation>
    </message>
    <message>
        <source>Plan properties changed.</source>
        <translation>Planeigenschaften geändert.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <extracomment>the file dialog&apos;s filters (shown translated: ``tr(PNG_FILTER)``)</extracomment>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>{file}: choose a .png or .svg file name</source>
        <extracomment>PNG exports are rendered at this multiple of the on-screen size.</extracomment>
        <translation>{file}: Wählen Sie einen Dateinamen mit .png oder .svg</translation>
    </message>
    <message>
        <source>{file}: nothing to export yet</source>
        <translation>{file}: noch nichts zu exportieren</translation>
    </message>
    <message>
        <source>{file}: could not draw the image</source>
        <translation>{file}: Das Bild konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Exported from MESO Desk</source>
        <translation>Aus MESO Desk exportiert</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Value map</source>
        <extracomment>the air around the cells, as a share of each axis&apos;s range (markers on the edge show whole) the package labels, by name (hidden ones too: a label left out where it had no room, or an older set&apos;s, see :attr:`label_every_set`) the packages labelled, most important first (the selected one, those in no set, the newest set&apos;s) label the packages of older MESO sets too (off: only their markers, with tooltips)</extracomment>
        <translation>Wertkarte</translation>
    </message>
    <message>
        <source>Our value over two issues: iso-value lines at the target and the reservation, every package as a point; drag one to move its terms (the package&apos;s sliders do it by keys)</source>
        <translation>Unser Wert über zwei Verhandlungspunkte: Iso-Wert-Linien bei Ziel und Reservationswert, jedes Paket als Punkt; Ziehen verschiebt seine Bedingungen (per Tastatur tun es die Regler des Pakets)</translation>
    </message>
    <message>
        <source>Our value (points)</source>
        <translation>Unser Wert (Punkte)</translation>
    </message>
    <message>
        <source>Target {target:.1f}</source>
        <translation>Ziel {target:.1f}</translation>
    </message>
    <message>
        <source>Reservation {reservation:.1f}</source>
        <translation>Reservationswert {reservation:.1f}</translation>
    </message>
    <message>
        <source>Move {package} on the value map ({x}, {y})</source>
        <translation>{package} auf der Wertkarte verschieben ({x}, {y})</translation>
    </message>
    <message>
        <source>Outcome plot</source>
        <extracomment>the 80 % range of their estimated walk-away (a band across the plot) Narrower than this (pixels), the plot uses its compact layout.</extracomment>
        <translation>Ergebnisdiagramm</translation>
    </message>
    <message>
        <source>Every package as our points against their estimated points, with the frontier, the reservation values and the agreement</source>
        <translation>Jedes Paket als unsere Punkte gegen die geschätzten Punkte der Gegenseite, mit Grenze, Reservationswerten und Einigung</translation>
    </message>
    <message>
        <source>Their value (points) — our estimate</source>
        <translation>Wert der Gegenseite (Punkte) – unsere Schätzung</translation>
    </message>
    <message>
        <source>reservation {value:.1f}</source>
        <comment>plot line</comment>
        <translation>Reservationswert {value:.1f}</translation>
    </message>
    <message>
        <source>target {value:.1f}</source>
        <comment>plot line</comment>
        <translation>Ziel {value:.1f}</translation>
    </message>
    <message>
        <source>their reservation (est.) {value:.1f}</source>
        <comment>plot line</comment>
        <translation>Reservationswert der Gegenseite (gesch.) {value:.1f}</translation>
    </message>
    <message>
        <source>Save the outcome plot as a PNG image or an SVG drawing</source>
        <extracomment>from a marker to its label placed further out (a neighbour in the way)</extracomment>
        <translation>Das Ergebnisdiagramm als PNG-Bild oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>Their value (estimate)</source>
        <translation>Wert der Gegenseite (Schätzung)</translation>
    </message>
    <message>
        <source>Theirs (estimate)</source>
        <translation>Gegenseite (Schätzung)</translation>
    </message>
    <message>
        <source>Theirs (est.)</source>
        <translation>Gegenseite (gesch.)</translation>
    </message>
    <message>
        <source>Could not compute the outcome plot: {error}</source>
        <translation>Das Ergebnisdiagramm konnte nicht berechnet werden: {error}</translation>
    </message>
    <message>
        <source>Their values: opposed-interests prior — no round recorded yet</source>
        <translation>Werte der Gegenseite: Annahme gegensätzlicher Interessen – noch keine Runde erfasst</translation>
    </message>
    <message>
        <source>Their values: prior with your hunch about their priorities</source>
        <translation>Werte der Gegenseite: Annahme mit Ihrer Vermutung zu deren Prioritäten</translation>
    </message>
    <message>
        <source>Their values: {estimate}</source>
        <translation>Werte der Gegenseite: {estimate}</translation>
    </message>
    <message>
        <source>The counterpart&apos;s values are our estimate: before any round is recorded, the opposed-interests prior (equal weights, each term worth 100 − our value to them); afterwards, the posterior mean given their recorded reactions.</source>
        <translation>Die Werte der Gegenseite sind unsere Schätzung: Vor der ersten erfassten Runde die Annahme gegensätzlicher Interessen (gleiche Gewichte, jede Bedingung für sie 100 − unser Wert); danach der A-posteriori-Mittelwert aus den erfassten Reaktionen.</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>sampled packages</source>
        <translation>Stichprobe von Paketen</translation>
    </message>
    <message>
        <source>frontier</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Pareto frontier</source>
        <translation>Pareto-Grenze</translation>
    </message>
    <message>
        <source>our reservation</source>
        <translation>unser Reservationswert</translation>
    </message>
    <message>
        <source>target level</source>
        <translation>Zielniveau</translation>
    </message>
    <message>
        <source>others</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>other packages</source>
        <comment>plot legend</comment>
        <translation>andere Pakete</translation>
    </message>
    <message>
        <source>80 % interval</source>
        <translation>80-%-Intervall</translation>
    </message>
    <message>
        <source>ZOPA (est.)</source>
        <translation>ZOPA (gesch.)</translation>
    </message>
    <message>
        <source>estimated ZOPA</source>
        <translation>geschätzte ZOPA</translation>
    </message>
    <message>
        <source>their walk-away (80 %)</source>
        <translation>Ausstiegspunkt Gegenseite (80 %)</translation>
    </message>
    <message>
        <source>their walk-away, 80 % range</source>
        <translation>Ausstiegspunkt der Gegenseite, 80-%-Bereich</translation>
    </message>
    <message>
        <source>agreed</source>
        <comment>plot legend</comment>
        <translation>vereinbart</translation>
    </message>
    <message>
        <source>{package}: {ours:.1f} points for us, ≈ {theirs:.1f} for them (estimate)</source>
        <translation>{package}: {ours:.1f} Punkte für uns, ≈ {theirs:.1f} für die Gegenseite (Schätzung)</translation>
    </message>
    <message>
        <source>their value 80 % interval: {low:.1f} – {high:.1f}</source>
        <translation>80-%-Intervall des Werts der Gegenseite: {low:.1f} – {high:.1f}</translation>
    </message>
    <message>
        <source>on the Pareto frontier</source>
        <translation>auf der Pareto-Grenze</translation>
    </message>
    <message>
        <source>{gap:.1f} points left on the table for them at no cost to us</source>
        <translation>{gap:.1f} Punkte für die Gegenseite liegen gelassen, ohne Kosten für uns</translation>
    </message>
    <message>
        <source>Not acceptable: {violations}</source>
        <translation>Nicht akzeptabel: {violations}</translation>
    </message>
    <message>
        <source>Export Outcome Plot</source>
        <translation>Ergebnisdiagramm exportieren</translation>
    </message>
    <message>
        <source>outcome plot</source>
        <comment>file name</comment>
        <translation>Ergebnisdiagramm</translation>
    </message>
    <message>
        <source>target {target:.1f}</source>
        <comment>plot legend</comment>
        <extracomment>Okabe–Ito colours for MESO sets (orange, sky blue, bluish green, reddish purple, blue, vermillion, yellow). Marker shapes for MESO sets, in order. Target level line (white with a dark halo reads on every colour of viridis). a package label shortened further where the map has no room for its usual one</extracomment>
        <translation>Ziel {target:.1f}</translation>
    </message>
    <message>
        <source>reservation {reservation:.1f}</source>
        <comment>plot legend</comment>
        <translation>Reservationswert {reservation:.1f}</translation>
    </message>
    <message>
        <source>off-limits</source>
        <comment>plot legend</comment>
        <translation>unzulässig</translation>
    </message>
    <message>
        <source>selected</source>
        <comment>plot legend</comment>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>The issue along the horizontal axis</source>
        <extracomment>emitted after every redraw (for tests and benchmarks) the axes and the package the slice is cut through (Qt-free) turns a drag of a marker into edits of the plan the drawing: the plot and everything on it</extracomment>
        <translation>Der Verhandlungspunkt auf der waagerechten Achse</translation>
    </message>
    <message>
        <source>The issue along the vertical axis</source>
        <translation>Der Verhandlungspunkt auf der senkrechten Achse</translation>
    </message>
    <message>
        <source>Swap the X and Y issues</source>
        <translation>X- und Y-Verhandlungspunkt tauschen</translation>
    </message>
    <message>
        <source>Swap axes</source>
        <translation>Achsen tauschen</translation>
    </message>
    <message>
        <source>&amp;X:</source>
        <translation>&amp;X:</translation>
    </message>
    <message>
        <source>&amp;Y:</source>
        <translation>&amp;Y:</translation>
    </message>
    <message>
        <source>Hold value</source>
        <translation>Wert halten</translation>
    </message>
    <message>
        <source>Dragging the selected package on the map keeps its value: its other unlocked terms are rebalanced (the package&apos;s own “Hold value” switch)</source>
        <translation>Beim Ziehen des gewählten Pakets auf der Karte bleibt sein Wert erhalten: Seine anderen nicht gesperrten Bedingungen werden ausgeglichen (der Schalter „Wert halten“ des Pakets)</translation>
    </message>
    <message>
        <source>Save the map as a PNG image or an SVG drawing</source>
        <translation>Die Karte als PNG-Bild oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>Could not compute the map: {error}</source>
        <translation>Die Karte konnte nicht berechnet werden: {error}</translation>
    </message>
    <message>
        <source>The value map needs at least two issues.
Add them in the Issues panel.</source>
        <translation>Die Wertkarte braucht mindestens zwei Verhandlungspunkte.
Fügen Sie sie im Bereich Verhandlungspunkte hinzu.</translation>
    </message>
    <message>
        <source>Choose two issues for the map.</source>
        <translation>Wählen Sie zwei Verhandlungspunkte für die Karte.</translation>
    </message>
    <message>
        <source>No packages yet: the other terms are at their defaults</source>
        <translation>Noch keine Pakete: Die übrigen Bedingungen stehen auf ihren Standardwerten</translation>
    </message>
    <message>
        <source>Other terms as in “{package}” ({points:.1f} points, expected)</source>
        <translation>Übrige Bedingungen wie in „{package}“ ({points:.1f} Punkte, erwartet)</translation>
    </message>
    <message>
        <source>Other terms as in “{package}” ({points:.1f} points)</source>
        <translation>Übrige Bedingungen wie in „{package}“ ({points:.1f} Punkte)</translation>
    </message>
    <message>
        <source>target {target:.1f} and reservation {reservation:.1f} not on this map ({low:.1f}–{high:.1f})</source>
        <translation>Ziel {target:.1f} und Reservationswert {reservation:.1f} nicht auf dieser Karte ({low:.1f}–{high:.1f})</translation>
    </message>
    <message>
        <source>target {target:.1f} not on this map ({low:.1f}–{high:.1f})</source>
        <translation>Ziel {target:.1f} nicht auf dieser Karte ({low:.1f}–{high:.1f})</translation>
    </message>
    <message>
        <source>reservation {reservation:.1f} not on this map ({low:.1f}–{high:.1f})</source>
        <translation>Reservationswert {reservation:.1f} nicht auf dieser Karte ({low:.1f}–{high:.1f})</translation>
    </message>
    <message>
        <source>⚠ {text} — {violations}: all of this map is off-limits</source>
        <translation>⚠ {text} – {violations}: Die ganze Karte ist unzulässig</translation>
    </message>
    <message>
        <source>{package} — {points:.1f} points</source>
        <translation>{package} – {points:.1f} Punkte</translation>
    </message>
    <message>
        <source>{package} — {points:.1f} points ({set}, level {level:.1f})</source>
        <translation>{package} – {points:.1f} Punkte ({set}, Niveau {level:.1f})</translation>
    </message>
    <message>
        <source>{package} — {points:.1f} points ({set})</source>
        <translation>{package} – {points:.1f} Punkte ({set})</translation>
    </message>
    <message>
        <source>(Its other terms differ from “{package}”, whose slice the map shows.)</source>
        <translation>(Seine übrigen Bedingungen weichen von „{package}“ ab, dessen Schnitt die Karte zeigt.)</translation>
    </message>
    <message>
        <source>Drag to change its {issues}.</source>
        <translation>Ziehen, um {issues} zu ändern.</translation>
    </message>
    <message>
        <source>{x_issue} {x_term} · {y_issue} {y_term}: {value:.1f} points</source>
        <translation>{x_issue} {x_term} · {y_issue} {y_term}: {value:.1f} Punkte</translation>
    </message>
    <message>
        <source>Dragging “{package}” on the map keeps its value: its other unlocked terms are rebalanced (the package&apos;s own “Hold value” switch)</source>
        <translation>Beim Ziehen von „{package}“ auf der Karte bleibt sein Wert erhalten: Seine anderen nicht gesperrten Bedingungen werden ausgeglichen (der Schalter „Wert halten“ des Pakets)</translation>
    </message>
    <message>
        <source>Hold the value of {package}</source>
        <translation>Wert von {package} halten</translation>
    </message>
    <message>
        <source>Release the value of {package}</source>
        <translation>Wert von {package} nicht mehr halten</translation>
    </message>
    <message>
        <source>value map {x} × {y}</source>
        <translation>Wertkarte {x} × {y}</translation>
    </message>
    <message>
        <source>value map</source>
        <comment>file name</comment>
        <translation>Wertkarte</translation>
    </message>
    <message>
        <source>Export Value Map</source>
        <translation>Wertkarte exportieren</translation>
    </message>
    <message>
        <source>S&amp;wap Axes</source>
        <translation>Achsen &amp;tauschen</translation>
    </message>
    <message>
        <source>Label Only the &amp;Newest Set</source>
        <translation>Nur das &amp;neueste Set beschriften</translation>
    </message>
    <message>
        <source>Label &amp;Every MESO Set</source>
        <translation>&amp;Jedes MESO-Set beschriften</translation>
    </message>
    <message>
        <source>a threshold: another term if it falls below / rises above</source>
        <translation>eine Schwelle: eine andere Bedingung, wenn es darunter fällt / darüber steigt</translation>
    </message>
    <message>
        <source>a sliding scale: the term moves with the outcome</source>
        <translation>eine Gleitskala: die Bedingung bewegt sich mit dem Ergebnis</translation>
    </message>
    <message>
        <source>a term for each state</source>
        <translation>eine Bedingung je Zustand</translation>
    </message>
    <message>
        <source>falls below</source>
        <translation>fällt unter</translation>
    </message>
    <message>
        <source>rises above</source>
        <translation>steigt über</translation>
    </message>
    <message>
        <source>below the pivot</source>
        <translation>unter dem Bezugswert</translation>
    </message>
    <message>
        <source>above the pivot</source>
        <translation>über dem Bezugswert</translation>
    </message>
    <message>
        <source>both ways (indexation)</source>
        <translation>in beide Richtungen (Indexierung)</translation>
    </message>
    <message>
        <source>(the package&apos;s term)</source>
        <translation>(die Bedingung des Pakets)</translation>
    </message>
    <message>
        <source>Make {issue} contingent — {package}</source>
        <translation>{issue} bedingt machen — {package}</translation>
    </message>
    <message>
        <source>Make {issue} of {package} contingent</source>
        <translation>{issue} von {package} bedingt machen</translation>
    </message>
    <message>
        <source>The clause dialog closed: the plan changed while it was open; open it again.</source>
        <extracomment>what &quot;Keep our value&quot; computed :attr:`adjusted` for (the clause, its event, the package)</extracomment>
        <translation>Der Klausel-Dialog wurde geschlossen: Der Plan hat sich geändert, während er offen war; öffnen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>A term of {issue} ({range}, step {step:g})</source>
        <translation>Eine Bedingung für {issue} ({range}, Schritt {step:g})</translation>
    </message>
    <message>
        <source>An option of {issue}</source>
        <translation>Eine Option von {issue}</translation>
    </message>
    <message>
        <source>MESO Desk briefing</source>
        <extracomment>Layout resolution of the flowing text (device independent page breaks). The document&apos;s name in the footer (&quot;MESO Desk briefing · prepared …&quot;), in English: painted as ``tr(footer_name)`` in the document&apos;s language.</extracomment>
        <translation>MESO Desk – Briefing</translation>
    </message>
    <message>
        <source>unknown paper {paper!r}; choose a4 or letter</source>
        <translation>unbekanntes Papierformat {paper!r}; wählen Sie a4 oder letter</translation>
    </message>
    <message>
        <source>INTERNAL — do not hand over</source>
        <translation>INTERN — nicht aushändigen</translation>
    </message>
    <message>
        <source>{document} · prepared {date} · page {page} of {pages}</source>
        <translation>{document} · erstellt am {date} · Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>The set</source>
        <comment>briefing heading</comment>
        <extracomment>At most this many tables are cut at a page&apos;s foot in one document (each cut lays it out again).</extracomment>
        <translation>Das Set</translation>
    </message>
    <message>
        <source>Level &lt;b&gt;{level:.1f} points&lt;/b&gt; ({source}) · spread {spread:.1f} points · reservation &lt;b&gt;{reservation:.1f}&lt;/b&gt; · aspiration {aspiration:.1f}</source>
        <translation>Niveau &lt;b&gt;{level:.1f} Punkte&lt;/b&gt; ({source}) · Spanne {spread:.1f} Punkte · Reservationswert &lt;b&gt;{reservation:.1f}&lt;/b&gt; · Anspruchsniveau {aspiration:.1f}</translation>
    </message>
    <message>
        <source>Package in the plan</source>
        <translation>Paket im Plan</translation>
    </message>
    <message>
        <source>&lt;b&gt;BATNA:&lt;/b&gt; {batna} (reservation value {reservation:.1f} points)</source>
        <translation>&lt;b&gt;BATNA:&lt;/b&gt; {batna} (Reservationswert {reservation:.1f} Punkte)</translation>
    </message>
    <message>
        <source>Contingent terms</source>
        <comment>briefing heading</comment>
        <translation>Bedingte Vereinbarungen</translation>
    </message>
    <message>
        <source>Terms marked * in the set are contingent: the set shows the term that applies when the clause does not bite, and our points are expected values under our forecast. The sentence is what the card says; the forecasts never go on a card.</source>
        <translation>Mit * markierte Bedingungen sind bedingt: Das Set zeigt die Bedingung, die gilt, wenn die Klausel nicht greift, und unsere Punkte sind Erwartungswerte unter unserer Prognose. Der Satz ist das, was auf der Karte steht; die Prognosen kommen nie auf eine Karte.</translation>
    </message>
    <message>
        <source>Option {letter} · {issue}:</source>
        <comment>a contingent term</comment>
        <translation>Option {letter} · {issue}:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Option {letter}, our points</source>
        <translation>Option {letter}, unsere Punkte</translation>
    </message>
    <message>
        <source>The bet</source>
        <translation>Die Wette</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Order of concessions</source>
        <translation>Reihenfolge der Zugeständnisse</translation>
    </message>
    <message>
        <source>Concede first what matters least to us; hold the last rows longest.</source>
        <translation>Geben Sie zuerst nach, wo es uns am wenigsten ausmacht; halten Sie die letzten Zeilen am längsten.</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>narrow column</comment>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Weight</source>
        <comment>column</comment>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>In the set</source>
        <translation>Im Set</translation>
    </message>
    <message>
        <source>One step</source>
        <translation>Ein Schritt</translation>
    </message>
    <message>
        <source>Costs us</source>
        <translation>Kostet uns</translation>
    </message>
    <message>
        <source>Worth to us</source>
        <translation>Wert für uns</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>column</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>nothing left</source>
        <translation>nichts mehr</translation>
    </message>
    <message>
        <source>{points:.2f} points</source>
        <translation>{points:.2f} Punkte</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>Reihenfolge {order}</translation>
    </message>
    <message>
        <source>up to {points:.1f} points</source>
        <translation>bis zu {points:.1f} Punkte</translation>
    </message>
    <message>
        <source>{weight:.1f} %</source>
        <comment>a weight</comment>
        <translation>{weight:.1f} %</translation>
    </message>
    <message>
        <source>Who must approve (Level II)</source>
        <translation>Wer freigeben muss (Level II)</translation>
    </message>
    <message>
        <source>Who</source>
        <comment>column</comment>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Briefing: {title}</source>
        <translation>Briefing: {title}</translation>
    </message>
    <message>
        <source>prepared {date}</source>
        <translation>erstellt am {date}</translation>
    </message>
    <message>
        <source>What each choice would tell us</source>
        <translation>Was uns jede Wahl verraten würde</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Fragen, die wir stellen</translation>
    </message>
    <message>
        <source>Their priorities (estimate)</source>
        <translation>Prioritäten der Gegenseite (Schätzung)</translation>
    </message>
    <message>
        <source>80 % range</source>
        <translation>80-%-Bereich</translation>
    </message>
    <message>
        <source>Top issue</source>
        <translation>Am wichtigsten</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>{low:.0%} – {high:.0%}</source>
        <comment>a range</comment>
        <translation>{low:.0%} – {high:.0%}</translation>
    </message>
    <message>
        <source>{share:.0%}</source>
        <comment>a share</comment>
        <translation>{share:.0%}</translation>
    </message>
    <message>
        <source>Rounds so far</source>
        <translation>Bisherige Runden</translation>
    </message>
    <message>
        <source>Relationship</source>
        <comment>briefing heading</comment>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Weitere Notizen</translation>
    </message>
    <message>
        <source>The uncertain event the term depends on</source>
        <translation>Das unsichere Ereignis, von dem die Bedingung abhängt</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>How the outcome changes the term</source>
        <translation>Wie das Ergebnis die Bedingung ändert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>The value the outcome is compared with</source>
        <translation>Der Wert, mit dem das Ergebnis verglichen wird</translation>
    </message>
    <message>
        <source>{issue} if it applies</source>
        <translation>{issue}, wenn sie greift</translation>
    </message>
    <message>
        <source>If the event</source>
        <translation>Wenn das Ereignis</translation>
    </message>
    <message>
        <source>then {issue} is</source>
        <translation>dann ist {issue}</translation>
    </message>
    <message>
        <source>Where it moves</source>
        <translation>Wo sie sich bewegt</translation>
    </message>
    <message>
        <source>Pivot</source>
        <translation>Bezugswert</translation>
    </message>
    <message>
        <source>The outcome at which the term is the package&apos;s own</source>
        <translation>Das Ergebnis, bei dem die Bedingung die des Pakets ist</translation>
    </message>
    <message>
        <source>Rate per unit</source>
        <translation>Satz je Einheit</translation>
    </message>
    <message>
        <source>How much the term moves for each unit of the outcome beyond the pivot (negative: it drops)</source>
        <translation>Wie stark sich die Bedingung je Einheit des Ergebnisses jenseits des Bezugswerts bewegt (negativ: sie sinkt)</translation>
    </message>
    <message>
        <source>Rate measured in</source>
        <translation>Satz gemessen in</translation>
    </message>
    <message>
        <source>% of the term</source>
        <translation>% der Bedingung</translation>
    </message>
    <message>
        <source>{unit} of the term</source>
        <translation>{unit} der Bedingung</translation>
    </message>
    <message>
        <source>units of the term</source>
        <translation>Einheiten der Bedingung</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>Limit the change</source>
        <translation>Die Änderung begrenzen</translation>
    </message>
    <message>
        <source>Largest change</source>
        <translation>Größte Änderung</translation>
    </message>
    <message>
        <source>The largest change either way</source>
        <translation>Die größte Änderung in jede Richtung</translation>
    </message>
    <message>
        <source>The term moves</source>
        <translation>Die Bedingung bewegt sich</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Package and term</source>
        <translation>Paket und Bedingung</translation>
    </message>
    <message>
        <source>The package&apos;s own term</source>
        <translation>Die eigene Bedingung des Pakets</translation>
    </message>
    <message>
        <source>The sentence on the card</source>
        <translation>Der Satz auf der Karte</translation>
    </message>
    <message>
        <source>Our points</source>
        <translation>Unsere Punkte</translation>
    </message>
    <message>
        <source>Their gain by their forecast</source>
        <translation>Gewinn der Gegenseite nach deren Prognose</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Keine Ereignisse</translation>
    </message>
    <message>
        <source>The plan has no uncertain events yet: add one under Uncertain events… first.</source>
        <translation>Der Plan hat noch keine unsicheren Ereignisse: Legen Sie zuerst eines unter „Unsichere Ereignisse…“ an.</translation>
    </message>
    <message>
        <source>Apply the clause</source>
        <translation>Die Klausel übernehmen</translation>
    </message>
    <message>
        <source>Discard the clause</source>
        <translation>Die Klausel verwerfen</translation>
    </message>
    <message>
        <source>Keep our value</source>
        <translation>Unseren Wert halten</translation>
    </message>
    <message>
        <source>Move the package&apos;s {issue} so that, with the clause, the package is worth to us what it is worth now (its expected points)</source>
        <translation>{issue} des Pakets so verschieben, dass das Paket mit der Klausel für uns so viel wert ist wie jetzt (seine erwarteten Punkte)</translation>
    </message>
    <message>
        <source>Remove clause</source>
        <translation>Klausel entfernen</translation>
    </message>
    <message>
        <source>Fix the term again (undoable)</source>
        <translation>Die Bedingung wieder festlegen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>The clause</source>
        <translation>Die Klausel</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>Auf der Karte</translation>
    </message>
    <message>
        <source>What it is worth</source>
        <translation>Was sie wert ist</translation>
    </message>
    <message>
        <source>per {unit} beyond the pivot</source>
        <translation>je {unit} Abweichung</translation>
    </message>
    <message>
        <source>per unit beyond the pivot</source>
        <translation>je Einheit Abweichung</translation>
    </message>
    <message>
        <source>{issue} if {state}</source>
        <translation>{issue} bei {state}</translation>
    </message>
    <message>
        <source>the package&apos;s term: {term}</source>
        <translation>Bedingung des Pakets: {term}</translation>
    </message>
    <message>
        <source>If {state}</source>
        <translation>Bei {state}</translation>
    </message>
    <message>
        <source>Choose an event</source>
        <translation>Wählen Sie ein Ereignis</translation>
    </message>
    <message>
        <source>The change per unit must not be zero</source>
        <translation>Die Änderung je Einheit darf nicht null sein</translation>
    </message>
    <message>
        <source>Give a term for at least one state</source>
        <translation>Geben Sie für mindestens einen Zustand eine Bedingung an</translation>
    </message>
    <message>
        <source>Package &lt;b&gt;{package}&lt;/b&gt;: {issue} {term} now; {points:.1f} points to us.</source>
        <translation>Paket &lt;b&gt;{package}&lt;/b&gt;: {issue} jetzt {term}; für uns {points:.1f} Punkte.</translation>
    </message>
    <message>
        <source>The package&apos;s own term (when the clause does not bite): {term}, moved from {stored} to keep our value.</source>
        <translation>Die eigene Bedingung des Pakets (wenn die Klausel nicht greift): {term}, von {stored} verschoben, um unseren Wert zu halten.</translation>
    </message>
    <message>
        <source>The package&apos;s own term (when the clause does not bite): {term}, moved from {stored} for the clause as it was — press Keep our value again to keep our value with this one.</source>
        <translation>Die eigene Bedingung des Pakets (wenn die Klausel nicht greift): {term}, von {stored} verschoben für die Klausel, wie sie war – „Unseren Wert halten“ erneut drücken, um unseren Wert mit dieser zu halten.</translation>
    </message>
    <message>
        <source>The package&apos;s own term (when the clause does not bite): {term}.</source>
        <translation>Die eigene Bedingung des Pakets (wenn die Klausel nicht greift): {term}.</translation>
    </message>
    <message>
        <source>the same as now</source>
        <translation>gleich wie jetzt</translation>
    </message>
    <message>
        <source>{sign}{diff:.1f} against now</source>
        <translation>{sign}{diff:.1f} gegenüber jetzt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Our points&lt;/b&gt; by our forecast: {expected:.1f} expected ({change}); {low:.1f} in at least 8 cases in 10 — the expectation counts the rarer outcomes too.</source>
        <translation>&lt;b&gt;Unsere Punkte&lt;/b&gt; nach unserer Prognose: {expected:.1f} erwartet ({change}); {low:.1f} in mindestens 8 von 10 Fällen – die Erwartung zählt auch die selteneren Ausgänge.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Our points&lt;/b&gt; by our forecast: {expected:.1f} expected ({change}); 10–90 %: {low:.1f} to {high:.1f}.</source>
        <translation>&lt;b&gt;Unsere Punkte&lt;/b&gt; nach unserer Prognose: {expected:.1f} erwartet ({change}); 10–90 %: {low:.1f} bis {high:.1f}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;To them&lt;/b&gt; (our estimate) by their forecast: {sign}{gain:.1f} points against the package now</source>
        <translation>&lt;b&gt;Für die Gegenseite&lt;/b&gt; (unsere Schätzung) nach ihrer Prognose: {sign}{gain:.1f} Punkte gegenüber dem Paket jetzt</translation>
    </message>
    <message>
        <source>&lt;b&gt;To them&lt;/b&gt; (our estimate) by our forecast (theirs is unknown): {sign}{gain:.1f} points against the package now</source>
        <translation>&lt;b&gt;Für die Gegenseite&lt;/b&gt; (unsere Schätzung) nach unserer Prognose (ihre ist unbekannt): {sign}{gain:.1f} Punkte gegenüber dem Paket jetzt</translation>
    </message>
    <message>
        <source>; the clause alone is worth {sign}{gain:.1f} to them ({right_sign}{right:.1f} if our forecast is right).</source>
        <translation>; die Klausel allein ist der Gegenseite {sign}{gain:.1f} wert ({right_sign}{right:.1f}, wenn unsere Prognose stimmt).</translation>
    </message>
    <message>
        <source>Nobody can check {event} both ways: agree how it is measured and share the figures.</source>
        <translation>Niemand kann {event} beidseitig prüfen: Vereinbaren Sie, wie es gemessen wird, und teilen Sie die Zahlen.</translation>
    </message>
    <message>
        <source>No acceptable {issue} keeps our value with this clause.</source>
        <translation>Kein akzeptabler Wert für {issue} hält mit dieser Klausel unseren Wert.</translation>
    </message>
    <message>
        <source>happens</source>
        <extracomment>the sides, as the dialog&apos;s object names spell them (not shown: the messages say each side in words)</extracomment>
        <translation>tritt ein</translation>
    </message>
    <message>
        <source>does not happen</source>
        <translation>tritt nicht ein</translation>
    </message>
    <message>
        <source>Give the event a name</source>
        <translation>Geben Sie dem Ereignis einen Namen</translation>
    </message>
    <message>
        <source>Two events are called ‘{name}’</source>
        <translation>Zwei Ereignisse heißen „{name}“</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>The upper bound must be above the lower bound</source>
        <translation>Die Obergrenze muss über der Untergrenze liegen</translation>
    </message>
    <message>
        <source>Our forecast: low must not be above likely</source>
        <translation>Unsere Prognose: Niedrig darf nicht über Wahrscheinlich liegen</translation>
    </message>
    <message>
        <source>Their forecast: low must not be above likely</source>
        <translation>Prognose der Gegenseite: Niedrig darf nicht über Wahrscheinlich liegen</translation>
    </message>
    <message>
        <source>Our forecast: high must not be below likely</source>
        <translation>Unsere Prognose: Hoch darf nicht unter Wahrscheinlich liegen</translation>
    </message>
    <message>
        <source>Their forecast: high must not be below likely</source>
        <translation>Prognose der Gegenseite: Hoch darf nicht unter Wahrscheinlich liegen</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>An event with states needs at least two</source>
        <translation>Ein Ereignis mit Zuständen braucht mindestens zwei</translation>
    </message>
    <message>
        <source>Every state needs a name</source>
        <translation>Jeder Zustand braucht einen Namen</translation>
    </message>
    <message>
        <source>Two states have the same name</source>
        <translation>Zwei Zustände haben denselben Namen</translation>
    </message>
    <message>
        <source>Our chance of ‘{state}’: “{text}” is not a number</source>
        <translation>Unsere Wahrscheinlichkeit für „{state}“: „{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Their chance of ‘{state}’: “{text}” is not a number</source>
        <translation>Wahrscheinlichkeit der Gegenseite für „{state}“: „{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Our chance of ‘{state}’ must lie between 0 and 100 %</source>
        <translation>Unsere Wahrscheinlichkeit für „{state}“ muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <source>Their chance of ‘{state}’ must lie between 0 and 100 %</source>
        <translation>Wahrscheinlichkeit der Gegenseite für „{state}“ muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <source>Our forecast: give at least one state a chance above 0</source>
        <translation>Unsere Prognose: Geben Sie mindestens einem Zustand eine Wahrscheinlichkeit über 0</translation>
    </message>
    <message>
        <source>Their forecast: give at least one state a chance above 0</source>
        <translation>Prognose der Gegenseite: Geben Sie mindestens einem Zustand eine Wahrscheinlichkeit über 0</translation>
    </message>
    <message>
        <source>Choose which state came about</source>
        <translation>Wählen Sie, welcher Zustand eingetreten ist</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>named states</source>
        <translation>benannte Zustände</translation>
    </message>
    <message>
        <source>month</source>
        <extracomment>suggestions for the period (shown in the window&apos;s language; what is chosen is the user&apos;s text)</extracomment>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>half-year</source>
        <translation>Halbjahr</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Low: 1 chance in 10 it comes out lower. Likely: as likely above as below. High: 1 chance in 10 it comes out higher.</source>
        <translation>Niedrig: mit Wahrscheinlichkeit 1 zu 10 fällt es niedriger aus. Wahrscheinlich: ebenso wahrscheinlich darüber wie darunter. Hoch: mit Wahrscheinlichkeit 1 zu 10 fällt es höher aus.</translation>
    </message>
    <message>
        <source>Edit events</source>
        <extracomment>The spin boxes&apos; range (a forecast may be of an index, a volume, a price …).</extracomment>
        <translation>Ereignisse bearbeiten</translation>
    </message>
    <message>
        <source>Uncertain events closed: the plan changed while it was open; open it again.</source>
        <translation>Unsichere Ereignisse geschlossen: Der Plan hat sich geändert, während der Dialog offen war; öffnen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Uncertain events</source>
        <translation>Unsichere Ereignisse</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>each event as it was opened, with its draft: an untouched draft keeps its event exactly (chances as typed are rounded; the event is not rewritten by merely opening it)</extracomment>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>The plan&apos;s uncertain events; a term can depend on each</source>
        <translation>Die unsicheren Ereignisse des Plans; eine Bedingung kann von jedem abhängen</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Ein Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add an uncertain event: something measured after the deal, such as on-time delivery</source>
        <translation>Ein unsicheres Ereignis hinzufügen: etwas, das nach dem Abschluss gemessen wird, etwa die Liefertreue</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected event</source>
        <translation>Das gewählte Ereignis duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected event with its forecasts, to start a similar one</source>
        <translation>Das gewählte Ereignis mit seinen Prognosen kopieren, um ein ähnliches anzulegen</translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation>Das gewählte Ereignis entfernen</translation>
    </message>
    <message>
        <source>Remove the event; the contingent clauses on it are dropped (undoable)</source>
        <translation>Das Ereignis entfernen; die bedingten Klauseln darauf entfallen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Name des Ereignisses</translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation>Liefertreue</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Art des Ereignisses</translation>
    </message>
    <message>
        <source>A number measured later (a rate, an index) or one of a few named states</source>
        <translation>Eine später gemessene Zahl (eine Quote, ein Index) oder einer von wenigen benannten Zuständen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>the colour of the options we can never accept a one-line message for the panel&apos;s status text: (text, is_error) the issue that an add/undo/redo brought into focus (name); the panel selects it the plan the rows show; it follows the document inside begin/end row signals so that the view never sees a row count that disagrees with the data</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>The lowest value possible (a rate: 0); empty: none</source>
        <translation>Der kleinstmögliche Wert (eine Quote: 0); leer: keiner</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>The highest value possible (a rate: 100); empty: none</source>
        <translation>Der größtmögliche Wert (eine Quote: 100); leer: keiner</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The period it is measured over (printed in the clause&apos;s sentence)</source>
        <translation>Der Zeitraum, über den gemessen wird (steht im Satz der Klausel)</translation>
    </message>
    <message>
        <source>States and their chances</source>
        <translation>Zustände und ihre Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Each state, our chance of it and theirs (in %)</source>
        <translation>Jeder Zustand, unsere Wahrscheinlichkeit dafür und die der Gegenseite (in %)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Our chance %</source>
        <translation>Unsere Wahrsch. %</translation>
    </message>
    <message>
        <source>Their chance %</source>
        <translation>Wahrsch. Gegenseite %</translation>
    </message>
    <message>
        <source>Add state</source>
        <translation>Zustand hinzufügen</translation>
    </message>
    <message>
        <source>Add a state</source>
        <translation>Einen Zustand hinzufügen</translation>
    </message>
    <message>
        <source>Remove state</source>
        <translation>Zustand entfernen</translation>
    </message>
    <message>
        <source>Remove the state</source>
        <translation>Den Zustand entfernen</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>Wie es gemessen wird</translation>
    </message>
    <message>
        <source>our goods receipts, shared monthly</source>
        <translation>unsere Wareneingänge, monatlich geteilt</translation>
    </message>
    <message>
        <source>How and by whom it is measured; a clause on an event nobody can check is a trap</source>
        <translation>Wie und von wem es gemessen wird; eine Klausel auf ein Ereignis, das niemand prüfen kann, ist eine Falle</translation>
    </message>
    <message>
        <source>Both sides can see the measurement</source>
        <translation>Beide Seiten sehen die Messung</translation>
    </message>
    <message>
        <source>Tick when both sides can check the measurement: a term should only depend on what both can verify</source>
        <translation>Anhaken, wenn beide Seiten die Messung prüfen können: Eine Bedingung sollte nur von etwas abhängen, das beide überprüfen können</translation>
    </message>
    <message>
        <source>Terms a clause on it may change</source>
        <translation>Bedingungen, die eine Klausel darauf ändern darf</translation>
    </message>
    <message>
        <source>The terms a clause on this event may change: the planner&apos;s suggestions keep to them (none ticked: any term)</source>
        <translation>Die Bedingungen, die eine Klausel auf dieses Ereignis ändern darf: Die Vorschläge des Planers halten sich daran (keine angehakt: jede Bedingung)</translation>
    </message>
    <message>
        <source>The outcome is known</source>
        <translation>Das Ergebnis ist bekannt</translation>
    </message>
    <message>
        <source>Tick once the event has happened and its outcome is measured</source>
        <translation>Anhaken, sobald das Ereignis eingetreten und sein Ergebnis gemessen ist</translation>
    </message>
    <message>
        <source>What actually happened</source>
        <translation>Was tatsächlich eingetreten ist</translation>
    </message>
    <message>
        <source>Outcome state</source>
        <translation>Eingetretener Zustand</translation>
    </message>
    <message>
        <source>Which state came about</source>
        <translation>Welcher Zustand eingetreten ist</translation>
    </message>
    <message>
        <source>Date of the outcome</source>
        <translation>Datum des Ergebnisses</translation>
    </message>
    <message>
        <source>When the outcome was recorded</source>
        <translation>Wann das Ergebnis erfasst wurde</translation>
    </message>
    <message>
        <source>Our forecast</source>
        <translation>Unsere Prognose</translation>
    </message>
    <message>
        <source>Our forecast, {level} ({q})</source>
        <translation>Unsere Prognose, {level} ({q})</translation>
    </message>
    <message>
        <source>{label}: the {q} point of our forecast. {help}</source>
        <translation>{label}: der {q}-Punkt unserer Prognose. {help}</translation>
    </message>
    <message>
        <source>Source of our forecast</source>
        <translation>Quelle unserer Prognose</translation>
    </message>
    <message>
        <source>Their forecast</source>
        <translation>Prognose der Gegenseite</translation>
    </message>
    <message>
        <source>Their forecast, {level} ({q})</source>
        <translation>Prognose der Gegenseite, {level} ({q})</translation>
    </message>
    <message>
        <source>{label}: the {q} point of their forecast. {help}</source>
        <translation>{label}: der {q}-Punkt der Prognose der Gegenseite. {help}</translation>
    </message>
    <message>
        <source>Source of their forecast</source>
        <translation>Quelle der Prognose der Gegenseite</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>They have stated a forecast</source>
        <translation>Die Gegenseite hat eine Prognose genannt</translation>
    </message>
    <message>
        <source>Tick when the supplier has said what they expect; their forecast then values the bet for them</source>
        <translation>Anhaken, wenn der Lieferant gesagt hat, was er erwartet; seine Prognose bewertet dann die Wette für ihn</translation>
    </message>
    <message>
        <source>The chance of each state: in the table of states.</source>
        <translation>Die Wahrscheinlichkeit jedes Zustands: in der Tabelle der Zustände.</translation>
    </message>
    <message>
        <source>Where the forecast comes from</source>
        <translation>Woher die Prognose stammt</translation>
    </message>
    <message>
        <source>our goods receipts, last 8 quarters</source>
        <translation>unsere Wareneingänge, letzte 8 Quartale</translation>
    </message>
    <message>
        <source>their sales director, 12 Nov</source>
        <translation>Vertriebsleiter der Gegenseite, 12. Nov.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>{help} Below, each bar runs from low to high; the mark is likely.</source>
        <translation>{help} Unten reicht jeder Balken von niedrig bis hoch; die Markierung ist wahrscheinlich.</translation>
    </message>
    <message>
        <source>Apply the changes to the events</source>
        <translation>Die Änderungen an den Ereignissen übernehmen</translation>
    </message>
    <message>
        <source>Apply the changes to the events (one undo step) and close</source>
        <translation>Die Änderungen an den Ereignissen übernehmen (ein Rückgängig-Schritt) und schließen</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Die Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Close without changing the events</source>
        <translation>Schließen, ohne die Ereignisse zu ändern</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>Das Ereignis</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from … to …</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Bounds</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Zustände</translation>
    </message>
    <message>
        <source>Measurement and outcome</source>
        <translation>Messung und Ergebnis</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Gemessen durch</translation>
    </message>
    <message>
        <source>May change</source>
        <translation>Darf ändern</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Ours: {forecast}</source>
        <translation>Unsere: {forecast}</translation>
    </message>
    <message>
        <source>Event {n}</source>
        <translation>Ereignis {n}</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>state {n}</source>
        <translation>Zustand {n}</translation>
    </message>
    <message>
        <source>an event without a name</source>
        <translation>ein Ereignis ohne Namen</translation>
    </message>
    <message>
        <source>‘{event}’: {problem}</source>
        <translation>„{event}“: {problem}</translation>
    </message>
    <message>
        <source>Used by {clauses}</source>
        <translation>Verwendet von {clauses}</translation>
    </message>
    <message>
        <source>On OK: {message}</source>
        <translation>Bei OK: {message}</translation>
    </message>
    <message>
        <source>Events changed.</source>
        <translation>Ereignisse geändert.</translation>
    </message>
    <message>
        <source>Our forecast and theirs</source>
        <extracomment>our colour and theirs (the same pair as elsewhere in the window: blue us, orange them)</extracomment>
        <translation>Unsere Prognose und die der Gegenseite</translation>
    </message>
    <message>
        <source>ours: likely {likely}{unit} (10–90 %: {low}–{high})</source>
        <translation>unsere: wahrscheinlich {likely}{unit} (10–90 %: {low}–{high})</translation>
    </message>
    <message>
        <source>theirs: likely {likely}{unit} (10–90 %: {low}–{high})</source>
        <translation>Gegenseite: wahrscheinlich {likely}{unit} (10–90 %: {low}–{high})</translation>
    </message>
    <message>
        <source>no forecast</source>
        <translation>keine Prognose</translation>
    </message>
    <message>
        <source>{state}: ours {ours:.0f} %, theirs {theirs:.0f} %</source>
        <translation>{state}: unsere {ours:.0f} %, Gegenseite {theirs:.0f} %</translation>
    </message>
    <message>
        <source>{state}: ours {ours:.0f} %</source>
        <translation>{state}: unsere {ours:.0f} %</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Gegenseite</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Unsere</translation>
    </message>
    <message>
        <source>No forecast yet</source>
        <translation>Noch keine Prognose</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht genannt</translation>
    </message>
    <message>
        <source>Chance of each state</source>
        <translation>Wahrscheinlichkeit jedes Zustands</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>Gegenseite</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>unsere</translation>
    </message>
    <message>
        <source>Package</source>
        <extracomment>what the view depends on (a change of anything else leaves it alone)
----------
Headers of the packages table that a quote import reads back as the name or ignores (in every language: a German export reads back wherever it is imported).</extracomment>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Our gain</source>
        <translation>Unser Gewinn</translation>
    </message>
    <message>
        <source>Their gain</source>
        <translation>Gewinn Gegenseite</translation>
    </message>
    <message>
        <source>If we are right</source>
        <translation>Wenn wir recht haben</translation>
    </message>
    <message>
        <source>Checkable</source>
        <translation>Prüfbar</translation>
    </message>
    <message>
        <source>The package with the clause</source>
        <translation>Das Paket mit der Klausel</translation>
    </message>
    <message>
        <source>The term the clause changes</source>
        <translation>Die Bedingung, die die Klausel ändert</translation>
    </message>
    <message>
        <source>The event whose outcome decides</source>
        <translation>Das Ereignis, dessen Ergebnis entscheidet</translation>
    </message>
    <message>
        <source>Points the clause gains us, by our forecast (expected value, against the same package without it)</source>
        <translation>Punkte, die uns die Klausel nach unserer Prognose bringt (Erwartungswert, gegenüber demselben Paket ohne sie)</translation>
    </message>
    <message>
        <source>Points it gains them, by their forecast (our estimate of their values)</source>
        <translation>Punkte, die sie der Gegenseite nach deren Prognose bringt (unsere Schätzung ihrer Werte)</translation>
    </message>
    <message>
        <source>What it gains them if our forecast is right instead of theirs</source>
        <translation>Was sie der Gegenseite bringt, wenn unsere Prognose statt ihrer stimmt</translation>
    </message>
    <message>
        <source>✓ both sides can check the outcome, ✗ they cannot; ⚠ its value to them rests on their forecast (the tooltip says more)</source>
        <translation>✓ beide Seiten können das Ergebnis prüfen, ✗ sie können es nicht; ⚠ ihr Wert für die Gegenseite beruht auf deren Prognose (mehr im Tooltip)</translation>
    </message>
    <message>
        <source>Both sides can check the outcome</source>
        <translation>Beide Seiten können das Ergebnis prüfen</translation>
    </message>
    <message>
        <source>All packages</source>
        <translation>Alle Pakete</translation>
    </message>
    <message>
        <source>The MESO set on the table</source>
        <translation>Das MESO-Set auf dem Tisch</translation>
    </message>
    <message>
        <source>Show every package of the plan, or only the MESO set offered last</source>
        <translation>Jedes Paket des Plans zeigen oder nur das zuletzt angebotene MESO-Set</translation>
    </message>
    <message>
        <source>Our points (under our forecast)</source>
        <translation>Unsere Punkte (nach unserer Prognose)</translation>
    </message>
    <message>
        <source>Total cost (thousands)</source>
        <translation>Gesamtkosten (Tausend)</translation>
    </message>
    <message>
        <source>▬ 10–90 % under our forecast   ◆ expected   | likely (50 %)   - - reservation</source>
        <translation>▬ 10–90 % nach unserer Prognose   ◆ erwartet   | wahrscheinlich (50 %)   - - Reservationswert</translation>
    </message>
    <message>
        <source>A fixed package has no spread: one mark. The bars come from our forecast of each event its clauses use (Negotiation ▸ Uncertain Events…).</source>
        <translation>Ein festes Paket hat keine Streuung: eine Markierung. Die Balken stammen aus unserer Prognose jedes Ereignisses, das seine Klauseln nutzen (Verhandlung ▸ Unsichere Ereignisse…).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The bets&lt;/b&gt; — each clause against the same package without it</source>
        <translation>&lt;b&gt;Die Wetten&lt;/b&gt; — jede Klausel gegenüber demselben Paket ohne sie</translation>
    </message>
    <message>
        <source>Add as package</source>
        <translation>Als Paket hinzufügen</translation>
    </message>
    <message>
        <source>Add the chosen contingent version to the plan as a new package (undo removes it)</source>
        <translation>Die gewählte bedingte Fassung dem Plan als neues Paket hinzufügen (Rückgängig entfernt es)</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>The clause, its base term moved so the package is worth the same to us</source>
        <translation>Die Klausel, ihre Grundbedingung so verschoben, dass das Paket für uns gleich viel wert ist</translation>
    </message>
    <message>
        <source>Points it gains them by their forecast</source>
        <translation>Punkte, die sie der Gegenseite nach deren Prognose bringt</translation>
    </message>
    <message>
        <source>Computing the spread and the bets…</source>
        <translation>Streuung und Wetten werden berechnet…</translation>
    </message>
    <message>
        <source>Clauses to offer on {package}: computing…</source>
        <translation>Anzubietende Klauseln für {package}: wird berechnet…</translation>
    </message>
    <message>
        <source>Clauses to offer: select a package</source>
        <translation>Anzubietende Klauseln: Wählen Sie ein Paket</translation>
    </message>
    <message>
        <source>Could not compute the spread: {error}</source>
        <translation>Die Streuung konnte nicht berechnet werden: {error}</translation>
    </message>
    <message>
        <source>No contingent package yet: make a term contingent from a package&apos;s ⋯ menu</source>
        <translation>Noch kein bedingtes Paket: Machen Sie eine Bedingung über das ⋯-Menü eines Pakets bedingt</translation>
    </message>
    <message>
        <source>1 contingent package, 1 clause: our points are expected values under our forecast</source>
        <translation>1 bedingtes Paket, 1 Klausel: unsere Punkte sind Erwartungswerte nach unserer Prognose</translation>
    </message>
    <message>
        <source>1 contingent package, {clauses} clauses: our points are expected values under our forecast</source>
        <translation>1 bedingtes Paket, {clauses} Klauseln: unsere Punkte sind Erwartungswerte nach unserer Prognose</translation>
    </message>
    <message>
        <source>{packages} contingent packages, 1 clause: our points are expected values under our forecast</source>
        <translation>{packages} bedingte Pakete, 1 Klausel: unsere Punkte sind Erwartungswerte nach unserer Prognose</translation>
    </message>
    <message>
        <source>{packages} contingent packages, {clauses} clauses: our points are expected values under our forecast</source>
        <translation>{packages} bedingte Pakete, {clauses} Klauseln: unsere Punkte sind Erwartungswerte nach unserer Prognose</translation>
    </message>
    <message>
        <source>INTERNAL: our points, our forecast and our estimate of theirs — never for the other side.</source>
        <translation>INTERN: unsere Punkte, unsere Prognose und unsere Schätzung der Werte der Gegenseite — nie für die Gegenseite.</translation>
    </message>
    <message>
        <source>Total cost ({currency}, thousands)</source>
        <translation>Gesamtkosten ({currency}, Tausend)</translation>
    </message>
    <message>
        <source>Total cost (money, thousands)</source>
        <translation>Gesamtkosten (Geld, Tausend)</translation>
    </message>
    <message>
        <source>{fixed:.1f} → {contingent:.1f} points (expected)</source>
        <translation>{fixed:.1f} → {contingent:.1f} Punkte (erwartet)</translation>
    </message>
    <message>
        <source>{fixed:.1f} → {contingent:.1f} of their points, by their forecast</source>
        <translation>{fixed:.1f} → {contingent:.1f} Punkte der Gegenseite, nach deren Prognose</translation>
    </message>
    <message>
        <source>{points:.1f} of their points if our forecast is right</source>
        <translation>{points:.1f} Punkte der Gegenseite, wenn unsere Prognose stimmt</translation>
    </message>
    <message>
        <source>Clauses to offer: could not compute them ({error})</source>
        <translation>Anzubietende Klauseln: konnten nicht berechnet werden ({error})</translation>
    </message>
    <message>
        <source>Clauses to offer on {package}: worth the same to us, more to them by their forecast</source>
        <translation>Anzubietende Klauseln für {package}: für uns gleich viel wert, für die Gegenseite nach deren Prognose mehr</translation>
    </message>
    <message>
        <source>Clauses to offer on {package}: none found that is worth more to them</source>
        <translation>Anzubietende Klauseln für {package}: keine gefunden, die der Gegenseite mehr wert ist</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>Nicht hinzugefügt: {error}</translation>
    </message>
    <message>
        <source>Add package {package}</source>
        <translation>Paket {package} hinzufügen</translation>
    </message>
    <message>
        <source>Added {package}: {sentence}</source>
        <translation>{package} hinzugefügt: {sentence}</translation>
    </message>
    <message>
        <source>(a fixed number of units)</source>
        <extracomment>The volume combo&apos;s first entry: the volume is not negotiated (a fixed number of units).</extracomment>
        <translation>(eine feste Stückzahl)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Total Cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>The issue that is the price of one unit.</source>
        <translation>Der Verhandlungspunkt, der den Preis einer Einheit angibt.</translation>
    </message>
    <message>
        <source>The issue that is the number of units ordered.</source>
        <translation>Der Verhandlungspunkt, der die bestellte Stückzahl angibt.</translation>
    </message>
    <message>
        <source>Units when the volume is not negotiated.</source>
        <translation>Stückzahl, wenn die Menge nicht verhandelt wird.</translation>
    </message>
    <message>
        <source>2,500: 3 %; 5,000: 5 %</source>
        <comment>price breaks placeholder</comment>
        <translation>2500: 3 %; 5000: 5 %</translation>
    </message>
    <message>
        <source>Price breaks: from that many units on, every unit costs that much less.</source>
        <translation>Preisstaffeln: Ab dieser Stückzahl kostet jede Einheit so viel weniger.</translation>
    </message>
    <message>
        <source>The issue freight depends on (the incoterm).</source>
        <translation>Der Verhandlungspunkt, von dem die Fracht abhängt (der Incoterm).</translation>
    </message>
    <message>
        <source>Freight we carry, per order</source>
        <translation>Fracht, die wir tragen, pro Bestellung</translation>
    </message>
    <message>
        <source>The issue of days until payment.</source>
        <translation>Der Verhandlungspunkt mit den Tagen bis zur Zahlung.</translation>
    </message>
    <message>
        <source>Annual rate: paying d days later saves spend × rate × d / 365.</source>
        <translation>Jahreszins: d Tage später zahlen spart Ausgaben × Zins × d / 365.</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>total cost model</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Packages show points only (undoable).</source>
        <translation>Pakete zeigen nur Punkte (rückgängig zu machen).</translation>
    </message>
    <message>
        <source>Unit price</source>
        <extracomment>the cost model&apos;s fields as the Total Cost dialog labels them (a reason names the field the user set)</extracomment>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Fixed units</source>
        <translation>Feste Stückzahl</translation>
    </message>
    <message>
        <source>Price breaks</source>
        <translation>Preisstaffeln</translation>
    </message>
    <message>
        <source>Freight depends on</source>
        <translation>Fracht hängt ab von</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>Financing rate (a year)</source>
        <translation>Finanzierungszins (pro Jahr)</translation>
    </message>
    <message>
        <source>freight for {option}</source>
        <translation>Fracht für {option}</translation>
    </message>
    <message>
        <source>the plan has no numeric issue to be the unit price</source>
        <translation>der Plan hat keinen numerischen Verhandlungspunkt, der der Stückpreis sein könnte</translation>
    </message>
    <message>
        <source>Total Cost closed: the plan changed while it was open; open it again.</source>
        <translation>Gesamtkosten geschlossen: Der Plan hat sich geändert, während der Dialog offen war; öffnen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>They call it</source>
        <translation>Begriff der Gegenseite</translation>
    </message>
    <message>
        <source>Confidence %</source>
        <translation>Zuversicht %</translation>
    </message>
    <message>
        <source>After the rounds</source>
        <translation>Nach den Runden</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>one of</source>
        <translation>eine von</translation>
    </message>
    <message>
        <source>Goodwill (0–10)</source>
        <translation>Wohlwollen (0–10)</translation>
    </message>
    <message>
        <source>Toward (lower/higher or options)</source>
        <translation>Richtung (niedriger/höher oder Optionen)</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalisiert</translation>
    </message>
    <message>
        <source>lower</source>
        <extracomment>the directions of a numeric issue&apos;s goodwill (the plan&apos;s values), as shown and typed</extracomment>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>strategic</source>
        <extracomment>how much the relationship counts (the plan&apos;s values), as shown</extracomment>
        <translation>strategisch</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>bevorzugt</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>transaktional</translation>
    </message>
    <message>
        <source>{what}: “{text}” is not a number</source>
        <translation>{what}: „{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&lt;b&gt;Their constituencies&lt;/b&gt; — who must say yes on their side</source>
        <translation>&lt;b&gt;Anspruchsgruppen der Gegenseite&lt;/b&gt; — wer auf der Gegenseite zustimmen muss</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>a constituency</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Use what the rounds say</source>
        <translation>Aus Runden übernehmen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relationship&lt;/b&gt; — what conceding signals, and what it costs us</source>
        <extracomment>a refresh owed while hidden or dragging (None: up to date; True: the history too)</extracomment>
        <translation>&lt;b&gt;Beziehung&lt;/b&gt; — was Nachgeben signalisiert und was es uns kostet</translation>
    </message>
    <message>
        <source>The relationship with this supplier is</source>
        <translation>Beziehung zu diesem Lieferanten:</translation>
    </message>
    <message>
        <source>not set (preferred)</source>
        <translation>nicht festgelegt (bevorzugt)</translation>
    </message>
    <message>
        <source>A copy of the latest set with one package swapped for one of equal value to us that builds the most goodwill</source>
        <translation>Eine Kopie des neuesten Sets, in der ein Paket durch eines mit gleichem Wert für uns ersetzt ist, das am meisten Wohlwollen schafft</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supplier history&lt;/b&gt; — what past plans with them revealed</source>
        <translation>&lt;b&gt;Lieferantenhistorie&lt;/b&gt; — was frühere Pläne mit diesem Lieferanten gezeigt haben</translation>
    </message>
    <message>
        <source>Use the history&apos;s hunch</source>
        <translation>Vermutung der Historie übernehmen</translation>
    </message>
    <message>
        <source>Add this plan to the history</source>
        <translation>Diesen Plan der Historie hinzufügen</translation>
    </message>
    <message>
        <source>After the negotiation (the debrief): keep what we learnt for the next plan with this supplier</source>
        <translation>Nach der Verhandlung (Nachbesprechung): das Gelernte für den nächsten Plan mit diesem Lieferanten aufbewahren</translation>
    </message>
    <message>
        <source>No history with this supplier yet.</source>
        <translation>Noch keine Historie mit diesem Lieferanten.</translation>
    </message>
    <message>
        <source>Name the supplier (File ▸ Plan Properties…) to keep a history.</source>
        <translation>Benennen Sie den Lieferanten (Datei ▸ Planeigenschaften…), um eine Historie zu führen.</translation>
    </message>
    <message>
        <source>{count} past plan(s) with {supplier}; nothing new to suggest.</source>
        <translation>Frühere Pläne mit {supplier}: {count}; nichts Neues vorzuschlagen.</translation>
    </message>
    <message>
        <source>Hunch from {count} past plan(s) with {supplier}: {lines}.</source>
        <translation>Vermutung aus früheren Plänen mit {supplier} ({count}): {lines}.</translation>
    </message>
    <message>
        <source>Use the history&apos;s hunch about {supplier}</source>
        <translation>Vermutung der Historie über {supplier} übernehmen</translation>
    </message>
    <message>
        <source>Added to the history. {history}</source>
        <translation>Zur Historie hinzugefügt. {history}</translation>
    </message>
    <message>
        <source>no evidence yet</source>
        <translation>noch keine Belege</translation>
    </message>
    <message>
        <source>Give an issue a goodwill effect to see what each package signals and what each goodwill move costs us.</source>
        <translation>Geben Sie einem Verhandlungspunkt eine Wohlwollen-Wirkung, um zu sehen, was jedes Paket signalisiert und was jeder Schritt für Wohlwollen uns kostet.</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <source>{party}: the condition is “at least”, “at most” or “one of”</source>
        <translation>{party}: die Bedingung ist „mindestens“, „höchstens“ oder „eine von“</translation>
    </message>
    <message>
        <source>{party}&apos;s confidence</source>
        <translation>Zuversicht für {party}</translation>
    </message>
    <message>
        <source>Edit their constituencies</source>
        <translation>Anspruchsgruppen der Gegenseite bearbeiten</translation>
    </message>
    <message>
        <source>Add an issue first: a constituency&apos;s condition is on an issue.</source>
        <translation>Fügen Sie zuerst einen Verhandlungspunkt hinzu: Die Bedingung einer Anspruchsgruppe bezieht sich auf einen Verhandlungspunkt.</translation>
    </message>
    <message>
        <source>new party</source>
        <translation>neue Partei</translation>
    </message>
    <message>
        <source>Add constituency {party}</source>
        <translation>Anspruchsgruppe {party} hinzufügen</translation>
    </message>
    <message>
        <source>Choose the party to remove first.</source>
        <translation>Wählen Sie zuerst die zu entfernende Partei.</translation>
    </message>
    <message>
        <source>Remove constituency {party}</source>
        <translation>Anspruchsgruppe {party} entfernen</translation>
    </message>
    <message>
        <source>Use what the rounds say about their constituencies</source>
        <translation>Ergebnis der Runden zu den Anspruchsgruppen der Gegenseite übernehmen</translation>
    </message>
    <message>
        <source>Change the relationship weight</source>
        <translation>Gewicht der Beziehung ändern</translation>
    </message>
    <message>
        <source>Remove goodwill of {issue}</source>
        <translation>Wohlwollen bei {issue} entfernen</translation>
    </message>
    <message>
        <source>{issue}&apos;s goodwill</source>
        <translation>Wohlwollen bei {issue}</translation>
    </message>
    <message>
        <source>Set goodwill of {issue}</source>
        <translation>Wohlwollen bei {issue} festlegen</translation>
    </message>
    <message>
        <source>Make a MESO set first.</source>
        <translation>Erstellen Sie zuerst ein MESO-Set.</translation>
    </message>
    <message>
        <source>The plan changed; ask again.</source>
        <translation>Der Plan hat sich geändert; bitte erneut anfordern.</translation>
    </message>
    <message>
        <source>Add a relationship option</source>
        <translation>Beziehungsoption hinzufügen</translation>
    </message>
    <message>
        <source>{issue}: {range} on a step of {step}</source>
        <extracomment>the reason the typed text is not a term (&quot;&quot; when it is one)</extracomment>
        <translation>{issue}: {range} in Schritten von {step}</translation>
    </message>
    <message>
        <source>{issue}: {number} is not on the {step} step — nearest {term}</source>
        <translation>{issue}: {number} liegt nicht im Schritt von {step} — nächster Wert {term}</translation>
    </message>
    <message>
        <source>{issue}: type a term within {range}</source>
        <translation>{issue}: Geben Sie einen Wert innerhalb von {range} ein</translation>
    </message>
    <message>
        <source>Enter the terms their counter-offer named (entering one ticks it); the others are taken from the package it answers.</source>
        <translation>Geben Sie die Bedingungen ein, die ihr Gegenangebot nennt (eine Eingabe hakt sie an); die übrigen stammen aus dem Paket, auf das es antwortet.</translation>
    </message>
    <message>
        <source>Their counter-offer named a term for {issue}</source>
        <translation>Das Gegenangebot der Gegenseite nannte eine Bedingung für {issue}</translation>
    </message>
    <message>
        <source>{issue}: one of {options}</source>
        <translation>{issue}: eine von {options}</translation>
    </message>
    <message>
        <source>Tick at least one term of their counter-offer.</source>
        <translation>Haken Sie mindestens eine Bedingung des Gegenangebots an.</translation>
    </message>
    <message>
        <source>beyond your limit</source>
        <translation>jenseits Ihrer Grenze</translation>
    </message>
    <message>
        <source>{term} breaks your hard limit on {issue}: fine to record as their offer, never to accept</source>
        <translation>{term} verletzt Ihre harte Grenze bei {issue}: als Angebot der Gegenseite erfassen ja, annehmen nie</translation>
    </message>
    <message>
        <source>Let the round choose</source>
        <translation>Die Runde entscheiden lassen</translation>
    </message>
    <message>
        <source>Learn in the first rounds, please them once their top issue is clear, balance otherwise; the message says which and why</source>
        <translation>In den ersten Runden lernen, entgegenkommen, sobald ihr wichtigster Verhandlungspunkt klar ist, sonst ausgewogen; die Meldung sagt, was und warum</translation>
    </message>
    <message>
        <source>Balance learning and pleasing</source>
        <translation>Lernen und Entgegenkommen ausgewogen</translation>
    </message>
    <message>
        <source>Sets that teach you about them and stay good for them</source>
        <translation>Sets, die Ihnen etwas über die Gegenseite verraten und gut für sie bleiben</translation>
    </message>
    <message>
        <source>Learn most about them</source>
        <translation>Am meisten über die Gegenseite lernen</translation>
    </message>
    <message>
        <source>Sets whose answer is expected to teach you most about what matters most to them — their pick and, once they make counter-offers, the issue they ask to change; the offer itself may not be the best you could give them</source>
        <translation>Sets, deren Antwort Ihnen voraussichtlich am meisten darüber verrät, was ihnen am wichtigsten ist — ihre Wahl und, sobald sie Gegenangebote machen, den Verhandlungspunkt, den sie geändert haben wollen; das Angebot selbst ist vielleicht nicht das beste, das Sie ihnen machen könnten</translation>
    </message>
    <message>
        <source>Please them most</source>
        <translation>Ihnen am meisten entgegenkommen</translation>
    </message>
    <message>
        <source>Sets with the best package for them at your level; learning breaks ties</source>
        <translation>Sets mit dem besten Paket für die Gegenseite auf Ihrem Niveau; bei Gleichstand entscheidet das Lernen</translation>
    </message>
    <message>
        <source>matters more</source>
        <extracomment>prior tilt factors behind the hunch&apos;s two strengths</extracomment>
        <translation>wichtiger</translation>
    </message>
    <message>
        <source>matters most</source>
        <translation>am wichtigsten</translation>
    </message>
    <message>
        <source>Concede</source>
        <extracomment>the verbs of the logroll suggestions (the model&apos;s actions), as shown</extracomment>
        <translation>Nachgeben</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Einigen</translation>
    </message>
    <message>
        <source>≈{points:.0f}&#xa0;pts</source>
        <translation>≈{points:.0f}&#xa0;Pkt.</translation>
    </message>
    <message>
        <source>&lt;1&#xa0;pt</source>
        <translation>&lt;1&#xa0;Pkt.</translation>
    </message>
    <message>
        <source>&lt;b {style}&gt;{verb}&lt;/b&gt; on &lt;b&gt;{issue}&lt;/b&gt; towards {term}: costs you {cost}, worth {gain} to them. {sure:.0f}&#xa0;% sure.</source>
        <translation>&lt;b {style}&gt;{verb}&lt;/b&gt; bei &lt;b&gt;{issue}&lt;/b&gt; in Richtung {term}: kostet Sie {cost}, ist der Gegenseite {gain} wert. {sure:.0f}&#xa0;% sicher.</translation>
    </message>
    <message>
        <source>&lt;b {style}&gt;{verb}&lt;/b&gt; on &lt;b&gt;{issue}&lt;/b&gt;: costs you {cost}, worth {gain} to them. {sure:.0f}&#xa0;% sure.</source>
        <translation>&lt;b {style}&gt;{verb}&lt;/b&gt; bei &lt;b&gt;{issue}&lt;/b&gt;: kostet Sie {cost}, ist der Gegenseite {gain} wert. {sure:.0f}&#xa0;% sicher.</translation>
    </message>
    <message>
        <source>&lt;b {style}&gt;{verb}&lt;/b&gt; &lt;b&gt;{issue}&lt;/b&gt;: giving it costs you {cost}, worth only {gain} to them. {sure:.0f}&#xa0;% sure.</source>
        <translation>&lt;b {style}&gt;{verb}&lt;/b&gt; bei &lt;b&gt;{issue}&lt;/b&gt;: Nachgeben kostet Sie {cost}, ist der Gegenseite nur {gain} wert. {sure:.0f}&#xa0;% sicher.</translation>
    </message>
    <message>
        <source>&lt;b {style}&gt;{verb}&lt;/b&gt; on &lt;b&gt;{issue}&lt;/b&gt;: they probably want what you want there ({sure:.0f}&#xa0;% sure) — settle it early.</source>
        <translation>&lt;b {style}&gt;{verb}&lt;/b&gt; bei &lt;b&gt;{issue}&lt;/b&gt;: Die Gegenseite will dort wahrscheinlich dasselbe wie Sie ({sure:.0f}&#xa0;% sicher) — früh klären.</translation>
    </message>
    <message>
        <source>no set different from the one they last saw exists at this level</source>
        <translation>auf diesem Niveau gibt es kein anderes Set als das, das sie zuletzt gesehen haben</translation>
    </message>
    <message>
        <source>Counterpart: estimate, rounds and behind the table</source>
        <translation>Gegenseite: Schätzung, Runden und hinter dem Tisch</translation>
    </message>
    <message>
        <source>What their reactions say about their priorities, the rounds so far, who stands behind them</source>
        <translation>Was die Reaktionen der Gegenseite über ihre Prioritäten verraten, die bisherigen Runden, wer hinter ihr steht</translation>
    </message>
    <message>
        <source>Their estimated priorities</source>
        <translation>Geschätzte Prioritäten der Gegenseite</translation>
    </message>
    <message>
        <source>How much each issue seems to matter to them, how sure that is, and what to do</source>
        <translation>Wie wichtig der Gegenseite jeder Verhandlungspunkt zu sein scheint, wie sicher das ist und was zu tun ist</translation>
    </message>
    <message>
        <source>Estimate</source>
        <comment>counterpart tab</comment>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Rounds recorded</source>
        <translation>Erfasste Runden</translation>
    </message>
    <message>
        <source>Rounds</source>
        <comment>counterpart tab</comment>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Behind the table</source>
        <translation>Hinter dem Tisch</translation>
    </message>
    <message>
        <source>What their reactions say about their priorities</source>
        <translation>Was die Reaktionen der Gegenseite über ihre Prioritäten verraten</translation>
    </message>
    <message>
        <source>The rounds recorded: what was offered, what they said and chose</source>
        <translation>Die erfassten Runden: was angeboten wurde, was die Gegenseite gesagt und gewählt hat</translation>
    </message>
    <message>
        <source>Who stands behind them, what each needs, and what the relationship is worth</source>
        <translation>Wer hinter der Gegenseite steht, was jede Anspruchsgruppe braucht und was die Beziehung wert ist</translation>
    </message>
    <message>
        <source>Record reaction…</source>
        <translation>Reaktion erfassen…</translation>
    </message>
    <message>
        <source>Note how they reacted to the packages you offered: the one they chose, a ranking, none of these, a counter-offer or what they said</source>
        <translation>Notieren Sie, wie die Gegenseite auf Ihre Pakete reagiert hat: das gewählte, eine Rangfolge, keines davon, ein Gegenangebot oder was sie gesagt hat</translation>
    </message>
    <message>
        <source>Next MESOs</source>
        <translation>Nächste MESOs</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Your hunch about them</source>
        <translation>Ihre Vermutung über die Gegenseite</translation>
    </message>
    <message>
        <source>Before any evidence: the issue you think matters most to them. It tilts the starting guess; their reactions soon outweigh it.</source>
        <translation>Vor allen Belegen: der Verhandlungspunkt, der der Gegenseite Ihrer Meinung nach am wichtigsten ist. Er neigt die Anfangsschätzung; ihre Reaktionen wiegen bald schwerer.</translation>
    </message>
    <message>
        <source>How strong your hunch is</source>
        <translation>Wie stark Ihre Vermutung ist</translation>
    </message>
    <message>
        <source>Offer at {level:.1f}</source>
        <translation>Bei {level:.1f} anbieten</translation>
    </message>
    <message>
        <source>Add a MESO set at {nearest:.1f} points ({change} than {level:.1f}), the nearest level where a set differs from the one they last saw. One undo step.</source>
        <translation>Ein MESO-Set bei {nearest:.1f} Punkten hinzufügen ({change} als {level:.1f}), dem nächsten Niveau, auf dem sich ein Set von dem zuletzt gesehenen unterscheidet. Ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>Rounds ({count})</source>
        <translation>Runden ({count})</translation>
    </message>
    <message>
        <source>Add packages (or generate a MESO set) first: a reaction is always to something you offered</source>
        <translation>Fügen Sie zuerst Pakete hinzu (oder erzeugen Sie ein MESO-Set): Eine Reaktion bezieht sich immer auf etwas, das Sie angeboten haben</translation>
    </message>
    <message>
        <source>your aspiration</source>
        <translation>Ihr Anspruchsniveau</translation>
    </message>
    <message>
        <source>the level of {set}</source>
        <translation>das Niveau von {set}</translation>
    </message>
    <message>
        <source>No reaction to {set} is recorded yet: the new set will be the next best one that differs from it.</source>
        <translation>Zu {set} ist noch keine Reaktion erfasst: Das neue Set wird das nächstbeste, das sich davon unterscheidet.</translation>
    </message>
    <message>
        <source>It will not offer again the packages they reacted to in round {round}.</source>
        <translation>Es bietet die Pakete, auf die sie in Runde {round} reagiert haben, nicht noch einmal an.</translation>
    </message>
    <message>
        <source>Add a new MESO set of {count} packages at {level:.1f} points ({where}), chosen with what their reactions so far tell you. One undo step. The arrow chooses what the set aims at.</source>
        <translation>Ein neues MESO-Set aus {count} Paketen bei {level:.1f} Punkten ({where}) hinzufügen, gewählt nach dem, was ihre bisherigen Reaktionen verraten. Ein Rückgängig-Schritt. Der Pfeil wählt, worauf das Set zielt.</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Wird geschätzt…</translation>
    </message>
    <message>
        <source>A guess, not yet evidence</source>
        <translation>Eine Annahme, noch keine Belege</translation>
    </message>
    <message>
        <source>Fairly sure</source>
        <translation>Ziemlich sicher</translation>
    </message>
    <message>
        <source>Still uncertain</source>
        <translation>Noch unsicher</translation>
    </message>
    <message>
        <source>No clear trade yet: the estimate does not say with enough confidence what to concede or hold. Record more reactions.</source>
        <translation>Noch kein klares Tauschgeschäft: Die Schätzung sagt nicht sicher genug, wo Sie nachgeben oder halten sollten. Erfassen Sie weitere Reaktionen.</translation>
    </message>
    <message>
        <source>Add issues to the plan to estimate their priorities.</source>
        <translation>Fügen Sie dem Plan Verhandlungspunkte hinzu, um die Prioritäten der Gegenseite zu schätzen.</translation>
    </message>
    <message>
        <source>No estimate.</source>
        <translation>Keine Schätzung.</translation>
    </message>
    <message>
        <source>No estimate</source>
        <translation>Keine Schätzung</translation>
    </message>
    <message>
        <source>No hunch</source>
        <translation>Keine Vermutung</translation>
    </message>
    <message>
        <source>{issue} ×{factor:g}</source>
        <comment>hunch factor</comment>
        <translation>{issue} ×{factor:g}</translation>
    </message>
    <message>
        <source>Custom: {factors}</source>
        <translation>Benutzerdefiniert: {factors}</translation>
    </message>
    <message>
        <source>Set in the plan file: {factors}</source>
        <translation>In der Plandatei festgelegt: {factors}</translation>
    </message>
    <message>
        <source>Hunch: {issue} matters more to them</source>
        <translation>Vermutung: {issue} ist der Gegenseite wichtiger</translation>
    </message>
    <message>
        <source>Hunch: {issue} matters most to them</source>
        <translation>Vermutung: {issue} ist der Gegenseite am wichtigsten</translation>
    </message>
    <message>
        <source>Hunch: {issue} ×{factor:g} to them</source>
        <translation>Vermutung: {issue} ×{factor:g} für die Gegenseite</translation>
    </message>
    <message>
        <source>Hunch: none</source>
        <translation>Vermutung: keine</translation>
    </message>
    <message>
        <source>Round {number} recorded ({summary}). The estimate follows; Edit ▸ Undo takes it back.</source>
        <translation>Runde {number} erfasst ({summary}). Die Schätzung folgt; Bearbeiten ▸ Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Round {number} changed.</source>
        <translation>Runde {number} geändert.</translation>
    </message>
    <message>
        <source>Delete round {number} ({summary})</source>
        <translation>Runde {number} löschen ({summary})</translation>
    </message>
    <message>
        <source>Round {number} deleted. Edit ▸ Undo brings it back.</source>
        <translation>Runde {number} gelöscht. Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <source>Generating the next MESO set from the estimate…</source>
        <translation>Das nächste MESO-Set wird aus der Schätzung erzeugt…</translation>
    </message>
    <message>
        <source>No MESO set could be made.</source>
        <translation>Es ließ sich kein MESO-Set erstellen.</translation>
    </message>
    <message>
        <source>No reaction to {set} recorded yet, so nothing new was learned. {reason}</source>
        <translation>Zu {set} ist noch keine Reaktion erfasst, also wurde nichts Neues gelernt. {reason}</translation>
    </message>
    <message>
        <source>Next MESOs from estimate ({packages})</source>
        <translation>Nächste MESOs aus der Schätzung ({packages})</translation>
    </message>
    <message>
        <source>Best for them, by the estimate: {package} (≈{points:.0f} of their points).</source>
        <translation>Laut Schätzung am besten für die Gegenseite: {package} (≈{points:.0f} Punkte der Gegenseite).</translation>
    </message>
    <message>
        <source>No reaction to {set} recorded yet, so nothing new was learned, and every set at {level:.1f} points repeats it.</source>
        <translation>Noch keine Reaktion auf {set} erfasst, also nichts Neues gelernt, und jedes Set bei {level:.1f} Punkten wiederholt es.</translation>
    </message>
    <message>
        <source>Record their reaction to it, or offer a different set at {nearest:.1f} ({change}), the nearest level that has one.</source>
        <translation>Erfassen Sie ihre Reaktion darauf oder bieten Sie ein anderes Set bei {nearest:.1f} an ({change}), dem nächsten Niveau, das eines hat.</translation>
    </message>
    <message>
        <source>Record their reaction to it, or change the level.</source>
        <translation>Erfassen Sie ihre Reaktion darauf oder ändern Sie das Niveau.</translation>
    </message>
    <message>
        <source>Every set at {level:.1f} points repeats the packages they reacted to in round {round}.</source>
        <translation>Jedes Set bei {level:.1f} Punkten wiederholt die Pakete, auf die sie in Runde {round} reagiert haben.</translation>
    </message>
    <message>
        <source>The nearest level with a different set is {nearest:.1f} ({change}).</source>
        <translation>Das nächste Niveau mit einem anderen Set ist {nearest:.1f} ({change}).</translation>
    </message>
    <message>
        <source>None of the levels tried from {lo:.1f} to {hi:.1f} points has a different one.</source>
        <translation>Keines der geprüften Niveaus von {lo:.1f} bis {hi:.1f} Punkten hat ein anderes.</translation>
    </message>
    <message>
        <source>Change the level to offer them something new.</source>
        <translation>Ändern Sie das Niveau, um ihnen etwas Neues anzubieten.</translation>
    </message>
    <message>
        <source>1 point more for you</source>
        <translation>1 Punkt mehr für Sie</translation>
    </message>
    <message>
        <source>1 point less for you</source>
        <translation>1 Punkt weniger für Sie</translation>
    </message>
    <message>
        <source>{points:.1f} points more for you</source>
        <translation>{points:.1f} Punkte mehr für Sie</translation>
    </message>
    <message>
        <source>{points:.1f} points less for you</source>
        <translation>{points:.1f} Punkte weniger für Sie</translation>
    </message>
    <message>
        <source>No reaction to {stale} recorded yet, so nothing new was learned. The best set would repeat {stale}; this is the next best different one. Added {set}: {packages} at {level:.1f} points.{best} Record their reaction to learn from it.</source>
        <translation>Zu {stale} ist noch keine Reaktion erfasst, also wurde nichts Neues gelernt. Das beste Set würde {stale} wiederholen; dies ist das nächstbeste andere. {set} hinzugefügt: {packages} bei {level:.1f} Punkten.{best} Erfassen Sie die Reaktion, um daraus zu lernen.</translation>
    </message>
    <message>
        <source>No reaction to {stale} recorded yet, so nothing new was learned. Added {set}: {packages} at {level:.1f} points.{best} Record their reaction to learn from it.</source>
        <translation>Zu {stale} ist noch keine Reaktion erfasst, also wurde nichts Neues gelernt. {set} hinzugefügt: {packages} bei {level:.1f} Punkten.{best} Erfassen Sie die Reaktion, um daraus zu lernen.</translation>
    </message>
    <message>
        <source>Purpose: {why}.</source>
        <translation>Zweck: {why}.</translation>
    </message>
    <message>
        <source>The best set would repeat the packages they reacted to in round {round}; this is the next best different one.</source>
        <translation>Das beste Set würde die Pakete wiederholen, auf die sie in Runde {round} reagiert haben; dies ist das nächstbeste andere.</translation>
    </message>
    <message>
        <source>Added {set}: {packages} at {level:.1f} points.</source>
        <translation>{set} hinzugefügt: {packages} bei {level:.1f} Punkten.</translation>
    </message>
    <message>
        <source>No issues</source>
        <extracomment>Coalescing delay: requests within this many milliseconds are computed once. what their choices tell about their forecasts (one line per event offered contingently) how sure, as a key: &quot;none&quot;, &quot;guess&quot;, &quot;fairly&quot;, &quot;shape&quot;, &quot;rough&quot;, &quot;hardly&quot;</extracomment>
        <translation>Keine Verhandlungspunkte</translation>
    </message>
    <message>
        <source>Add issues to the plan first.</source>
        <translation>Fügen Sie dem Plan zuerst Verhandlungspunkte hinzu.</translation>
    </message>
    <message>
        <source>A guess — no reactions yet</source>
        <translation>Eine Annahme — noch keine Reaktionen</translation>
    </message>
    <message>
        <source>Your hunch tilts the guess towards {issues}; on every issue they are assumed to want the opposite of you. Record their reactions to learn.</source>
        <translation>Ihre Vermutung neigt die Annahme zu {issues}; bei jedem Verhandlungspunkt wird angenommen, dass die Gegenseite das Gegenteil von Ihnen will. Erfassen Sie ihre Reaktionen, um zu lernen.</translation>
    </message>
    <message>
        <source>Equal weights, and on every issue they are assumed to want the opposite of you. Record their reactions to learn what matters to them.</source>
        <translation>Gleiche Gewichte, und bei jedem Verhandlungspunkt wird angenommen, dass die Gegenseite das Gegenteil von Ihnen will. Erfassen Sie ihre Reaktionen, um zu lernen, was ihr wichtig ist.</translation>
    </message>
    <message>
        <source>Fairly sure — 1 observation</source>
        <translation>Ziemlich sicher — 1 Beobachtung</translation>
    </message>
    <message>
        <source>Fairly sure — {count} observations</source>
        <translation>Ziemlich sicher — {count} Beobachtungen</translation>
    </message>
    <message>
        <source>Taking shape — 1 observation</source>
        <translation>Nimmt Gestalt an — 1 Beobachtung</translation>
    </message>
    <message>
        <source>Taking shape — {count} observations</source>
        <translation>Nimmt Gestalt an — {count} Beobachtungen</translation>
    </message>
    <message>
        <source>Rough — 1 observation</source>
        <translation>Grob — 1 Beobachtung</translation>
    </message>
    <message>
        <source>Rough — {count} observations</source>
        <translation>Grob — {count} Beobachtungen</translation>
    </message>
    <message>
        <source>Hardly more than a guess — 1 observation</source>
        <translation>Kaum mehr als eine Annahme — 1 Beobachtung</translation>
    </message>
    <message>
        <source>Hardly more than a guess — {count} observations</source>
        <translation>Kaum mehr als eine Annahme — {count} Beobachtungen</translation>
    </message>
    <message>
        <source>{issue} is probably their top issue ({chance:.0f}&#xa0;%). Their weights are known to about ±{half:.0f}&#xa0;points.</source>
        <translation>{issue} ist wahrscheinlich ihr wichtigster Verhandlungspunkt ({chance:.0f}&#xa0;%). Die Gewichte der Gegenseite sind auf etwa ±{half:.0f}&#xa0;Punkte bekannt.</translation>
    </message>
    <message>
        <source>{issue} may be their top issue ({chance:.0f}&#xa0;%). Their weights are known to about ±{half:.0f}&#xa0;points.</source>
        <translation>{issue} ist vielleicht ihr wichtigster Verhandlungspunkt ({chance:.0f}&#xa0;%). Die Gewichte der Gegenseite sind auf etwa ±{half:.0f}&#xa0;Punkte bekannt.</translation>
    </message>
    <message>
        <source>No issue stands out yet as their top one. Their weights are known to about ±{half:.0f}&#xa0;points.</source>
        <translation>Noch sticht kein Verhandlungspunkt als ihr wichtigster hervor. Die Gewichte der Gegenseite sind auf etwa ±{half:.0f}&#xa0;Punkte bekannt.</translation>
    </message>
    <message>
        <source>opposed — they want the other end</source>
        <extracomment>bar colour (their weight) and the whisker drawn over it</extracomment>
        <translation>gegenläufig — die Gegenseite will das andere Ende</translation>
    </message>
    <message>
        <source>the same as you — nothing to trade there</source>
        <translation>gleich wie bei Ihnen — dort gibt es nichts zu tauschen</translation>
    </message>
    <message>
        <source>unclear — a preferred term in the middle, or an order of options unlike yours</source>
        <translation>unklar — ein bevorzugter Wert in der Mitte oder eine andere Reihenfolge der Optionen als Ihre</translation>
    </message>
    <message>
        <source>{issue}: about {weight:.0f} % of what matters to them (80 % sure it lies between {low:.0f} and {high:.0f} %; yours is {ours:.0f} %). Chance it is their most important issue: {top:.0f} %. Direction: {direction} ({sure:.0f} % sure).</source>
        <translation>{issue}: etwa {weight:.0f} % dessen, was der Gegenseite wichtig ist (zu 80 % sicher zwischen {low:.0f} und {high:.0f} %; Ihr Gewicht: {ours:.0f} %). Wahrscheinlichkeit, dass es ihr wichtigster Verhandlungspunkt ist: {top:.0f} %. Richtung: {direction} ({sure:.0f} % sicher).</translation>
    </message>
    <message>
        <source>Top</source>
        <comment>estimate chart column</comment>
        <translation>Top</translation>
    </message>
    <message>
        <source>Weight</source>
        <comment>estimate chart column</comment>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>opposed</source>
        <comment>estimate legend</comment>
        <translation>gegenläufig</translation>
    </message>
    <message>
        <source>same as you</source>
        <comment>estimate legend</comment>
        <translation>gleich wie Sie</translation>
    </message>
    <message>
        <source>unclear</source>
        <comment>estimate legend</comment>
        <translation>unklar</translation>
    </message>
    <message>
        <source>their weight</source>
        <comment>estimate legend</comment>
        <translation>Gewicht Gegenseite</translation>
    </message>
    <message>
        <source>80 % range</source>
        <comment>estimate legend</comment>
        <translation>80-%-Bereich</translation>
    </message>
    <message>
        <source>your weight</source>
        <comment>estimate legend</comment>
        <translation>Ihr Gewicht</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>estimate chart column</comment>
        <translation>Verhandlungspunkt</translation>
    </message>
    <message>
        <source>{rank}st</source>
        <comment>ordinal rank</comment>
        <extracomment>the item role holding an offered package&apos;s index in the ranking list the index of the line between ranked and unranked packages</extracomment>
        <translation>{rank}.</translation>
    </message>
    <message>
        <source>{rank}nd</source>
        <comment>ordinal rank</comment>
        <translation>{rank}.</translation>
    </message>
    <message>
        <source>{rank}rd</source>
        <comment>ordinal rank</comment>
        <translation>{rank}.</translation>
    </message>
    <message>
        <source>{rank}th</source>
        <comment>ordinal rank</comment>
        <translation>{rank}.</translation>
    </message>
    <message>
        <source>Package {name}</source>
        <translation>Paket {name}</translation>
    </message>
    <message>
        <source>Click if they chose {name}; Ctrl-click to add it to the ranking</source>
        <translation>Klicken, wenn die Gegenseite {name} gewählt hat; Strg-Klick nimmt es in die Rangfolge auf</translation>
    </message>
    <message>
        <source>{points:.1f} points to you (expected)</source>
        <translation>{points:.1f} Punkte für Sie (erwartet)</translation>
    </message>
    <message>
        <source>{points:.1f} points to you</source>
        <translation>{points:.1f} Punkte für Sie</translation>
    </message>
    <message>
        <source>✓ accepted</source>
        <translation>✓ angenommen</translation>
    </message>
    <message>
        <source>★ liked best</source>
        <translation>★ am liebsten</translation>
    </message>
    <message>
        <source>★ chosen</source>
        <translation>★ gewählt</translation>
    </message>
    <message>
        <source>Drag to rank: the packages above the line are ranked, best first; the ones below were not compared. Alt+↑/↓ moves the selected one.</source>
        <translation>Ziehen zum Ordnen: Die Pakete über der Linie sind gereiht, das beste zuerst; die darunter wurden nicht verglichen. Alt+↑/↓ verschiebt das ausgewählte.</translation>
    </message>
    <message>
        <source>— not ranked —</source>
        <translation>— nicht gereiht —</translation>
    </message>
    <message>
        <source>Record answer</source>
        <extracomment>a number issue&apos;s term they named (made for each such question, in its unit) whether the field holds a term typed or stepped to (else it is kept empty)</extracomment>
        <translation>Antwort erfassen</translation>
    </message>
    <message>
        <source>Ask next</source>
        <extracomment>&quot;What would you change in B?&quot;: record their answer as a counter-offer on the latest round</extracomment>
        <translation>Als Nächstes fragen</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>What they answered</source>
        <translation>Was sie geantwortet haben</translation>
    </message>
    <message>
        <source>Their answer…</source>
        <translation>Ihre Antwort…</translation>
    </message>
    <message>
        <source>Record their answer on the latest round (one undo step)</source>
        <translation>Ihre Antwort in der letzten Runde erfassen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>They said this one matters more (recorded on the latest round, one undo step)</source>
        <translation>Sie sagten, dieser sei wichtiger (in der letzten Runde erfasst, ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Record their change…</source>
        <translation>Ihre Änderung erfassen…</translation>
    </message>
    <message>
        <source>Open the latest round with its counter-offer ticked: set the term they would change</source>
        <translation>Öffnet die letzte Runde mit angekreuztem Gegenangebot: tragen Sie die Bedingung ein, die sie ändern würden</translation>
    </message>
    <message>
        <source>“{question}”</source>
        <translation>„{question}“</translation>
    </message>
    <message>
        <source>Why: {reason}.</source>
        <translation>Warum: {reason}.</translation>
    </message>
    <message>
        <source>{issue} they named</source>
        <translation>{issue}, die sie genannt haben</translation>
    </message>
    <message>
        <source>The {issue} they said suits them best</source>
        <translation>{issue}, die ihnen nach eigener Aussage am besten passt</translation>
    </message>
    <message>
        <source>Answer: {issue} {term} suits them best</source>
        <translation>Antwort: {issue} {term} passt der Gegenseite am besten</translation>
    </message>
    <message>
        <source>Answer: {issue} matters most to them</source>
        <translation>Antwort: {issue} ist der Gegenseite am wichtigsten</translation>
    </message>
    <message>
        <source>Answer: {first} matters more to them than {second}</source>
        <translation>Antwort: {first} ist der Gegenseite wichtiger als {second}</translation>
    </message>
    <message>
        <source>{set} — {packages} ({level:.1f} pts)</source>
        <translation>{set} — {packages} ({level:.1f} Pkt.)</translation>
    </message>
    <message>
        <source>Edit round {number}</source>
        <extracomment>a round in which nothing was offered: only what they said (an answer to a question asked before any offer) — there is no pick, outcome or counter-offer to edit</extracomment>
        <translation>Runde {number} bearbeiten</translation>
    </message>
    <message>
        <source>Record round {number}</source>
        <translation>Runde {number} erfassen</translation>
    </message>
    <message>
        <source>&amp;Offered:</source>
        <translation>&amp;Angeboten:</translation>
    </message>
    <message>
        <source>The packages you showed them together</source>
        <translation>Die Pakete, die Sie der Gegenseite zusammen gezeigt haben</translation>
    </message>
    <message>
        <source>Tick the packages you showed them</source>
        <translation>Haken Sie die Pakete an, die Sie der Gegenseite gezeigt haben</translation>
    </message>
    <message>
        <source>Click the package they chose. Ctrl-click more to rank them in order.</source>
        <translation>Klicken Sie auf das Paket, das die Gegenseite gewählt hat. Strg-Klick auf weitere ordnet sie der Reihe nach.</translation>
    </message>
    <message>
        <source>Their preference, best first</source>
        <translation>Präferenz der Gegenseite, das beste zuerst</translation>
    </message>
    <message>
        <source>Move the selected package up (Alt+↑)</source>
        <translation>Ausgewähltes Paket nach oben (Alt+↑)</translation>
    </message>
    <message>
        <source>Move the selected package down (Alt+↓)</source>
        <translation>Ausgewähltes Paket nach unten (Alt+↓)</translation>
    </message>
    <message>
        <source>No preference stated</source>
        <translation>Keine Präferenz genannt</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>They reacted but nothing was decided</source>
        <translation>Die Gegenseite hat reagiert, aber nichts wurde entschieden</translation>
    </message>
    <message>
        <source>They accepted it</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>They accepted the package they preferred</source>
        <translation>Die Gegenseite hat das bevorzugte Paket angenommen</translation>
    </message>
    <message>
        <source>&amp;None of these was acceptable</source>
        <translation>&amp;Keines davon war akzeptabel</translation>
    </message>
    <message>
        <source>They refused every package. Still click the one they liked best, if they said so: it is evidence too.</source>
        <translation>Die Gegenseite hat jedes Paket abgelehnt. Klicken Sie trotzdem auf das, das ihr am besten gefiel, falls sie es gesagt hat: Auch das ist ein Beleg.</translation>
    </message>
    <message>
        <source>They made a &amp;counter-offer</source>
        <translation>Die Gegenseite hat ein &amp;Gegenangebot gemacht</translation>
    </message>
    <message>
        <source>Enter the terms of their own package</source>
        <translation>Geben Sie die Bedingungen des eigenen Pakets der Gegenseite ein</translation>
    </message>
    <message>
        <source>They &amp;said what matters to them</source>
        <translation>Die Gegenseite hat ge&amp;sagt, was ihr wichtig ist</translation>
    </message>
    <message>
        <source>A statement such as “delivery is what matters most to us”: weak evidence, weighed by how much you trust it</source>
        <translation>Eine Aussage wie „die Lieferung ist uns am wichtigsten“: ein schwacher Beleg, gewichtet danach, wie sehr Sie ihm trauen</translation>
    </message>
    <message>
        <source>e.g. “delivery is what matters most to us”</source>
        <translation>z. B. „die Lieferung ist uns am wichtigsten“</translation>
    </message>
    <message>
        <source>— no issue named —</source>
        <translation>— kein Verhandlungspunkt genannt —</translation>
    </message>
    <message>
        <source>The issue their words say matters most to them (this is what the estimate uses; the words are kept as a note)</source>
        <translation>Der Verhandlungspunkt, der laut ihren Worten am wichtigsten ist (die Schätzung verwendet diesen; die Worte bleiben als Notiz)</translation>
    </message>
    <message>
        <source>How far you believe it: people say such things to steer you. 0 % ignores it; the more you trust it, the more it moves the estimate, and answers their choices contradict soon lose weight.</source>
        <translation>Wie weit Sie ihr glauben: Solche Sätze sollen Sie oft lenken. 0 % übergeht sie; je mehr Sie ihr vertrauen, desto stärker bewegt sie die Schätzung, und Antworten, denen ihre Entscheidungen widersprechen, verlieren bald an Gewicht.</translation>
    </message>
    <message>
        <source>{percent} % — fully</source>
        <translation>{percent} % — voll</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>Worte der Gegenseite</translation>
    </message>
    <message>
        <source>Names as most important</source>
        <translation>Nennt als am wichtigsten</translation>
    </message>
    <message>
        <source>How much you trust it</source>
        <translation>Vertrauen in die Aussage</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>Notes on this round, kept in the plan for us (never on the cards)</source>
        <translation>Notizen zu dieser Runde, im Plan für uns aufbewahrt (nie auf den Karten)</translation>
    </message>
    <message>
        <source>Anything else worth remembering about this round</source>
        <translation>Alles andere, was man sich zu dieser Runde merken sollte</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save the changes to this round (one undo step)</source>
        <translation>Die Änderungen an dieser Runde speichern (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Record the round in the plan (one undo step)</source>
        <translation>Die Runde im Plan erfassen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Packages I pick…</source>
        <translation>Selbst gewählte Pakete…</translation>
    </message>
    <message>
        <source>Nothing — in round {number} they only answered a question</source>
        <translation>Nichts – in Runde {number} haben sie nur eine Frage beantwortet</translation>
    </message>
    <message>
        <source>{packages} — the terms as offered in round {number}</source>
        <translation>{packages} — die Bedingungen, wie in Runde {number} angeboten</translation>
    </message>
    <message>
        <source>Choose what you offered: pick a MESO set, or tick the packages you showed them.</source>
        <translation>Wählen Sie, was Sie angeboten haben: ein MESO-Set, oder haken Sie die gezeigten Pakete an.</translation>
    </message>
    <message>
        <source>They accepted {package}</source>
        <translation>{package} angenommen</translation>
    </message>
    <message>
        <source>{percent} % — ignore it</source>
        <translation>{percent} % — ignorieren</translation>
    </message>
    <message>
        <source>{percent} % — a pinch of salt</source>
        <translation>{percent} % — mit Vorsicht</translation>
    </message>
    <message>
        <source>{percent} % — fairly</source>
        <translation>{percent} % — weitgehend</translation>
    </message>
    <message>
        <source>Say what they said, or add a note (or delete the round).</source>
        <translation>Tragen Sie ein, was sie gesagt haben, oder eine Notiz (oder löschen Sie die Runde).</translation>
    </message>
    <message>
        <source>Choose what you offered: a MESO set, or tick the packages you showed them.</source>
        <translation>Wählen Sie, was Sie angeboten haben: ein MESO-Set, oder haken Sie die gezeigten Pakete an.</translation>
    </message>
    <message>
        <source>Click the package they accepted.</source>
        <translation>Klicken Sie auf das Paket, das die Gegenseite angenommen hat.</translation>
    </message>
    <message>
        <source>Click the package they chose, or say that none of these was acceptable.</source>
        <translation>Klicken Sie auf das gewählte Paket oder geben Sie an, dass keines davon akzeptabel war.</translation>
    </message>
    <message>
        <source>counter-offer on 1 term</source>
        <translation>Gegenangebot zu 1 Bedingung</translation>
    </message>
    <message>
        <source>counter-offer on {count} terms</source>
        <translation>Gegenangebot zu {count} Bedingungen</translation>
    </message>
    <message>
        <source>said {issue} matters most (trust {trust} %)</source>
        <translation>sagte, {issue} sei am wichtigsten (Vertrauen {trust} %)</translation>
    </message>
    <message>
        <source>a remark</source>
        <translation>eine Bemerkung</translation>
    </message>
    <message>
        <source>an answer to a question</source>
        <translation>eine Antwort auf eine Frage</translation>
    </message>
    <message>
        <source>{count} answers to questions</source>
        <translation>{count} Antworten auf Fragen</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>a round&apos;s notes</comment>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>They refused all: click the one they still liked best, if they said so.</source>
        <translation>Alle abgelehnt: Klicken Sie auf das, das der Gegenseite trotzdem am besten gefiel, falls sie es gesagt hat.</translation>
    </message>
    <message>
        <source>Round {number}: {what}.</source>
        <translation>Runde {number}: {what}.</translation>
    </message>
    <message>
        <source>Round {number} changed while this dialog was open (undo or redo). Close it and edit the round again.</source>
        <translation>Runde {number} hat sich geändert, während dieser Dialog offen war (Rückgängig oder Wiederholen). Schließen Sie ihn und bearbeiten Sie die Runde erneut.</translation>
    </message>
    <message>
        <source>Record round {number} ({summary})</source>
        <translation>Runde {number} erfassen ({summary})</translation>
    </message>
    <message>
        <source>Nothing offered — they answered a question</source>
        <translation>Nichts angeboten – sie haben eine Frage beantwortet</translation>
    </message>
    <message>
        <source>Accepted {package} (ranked {ranking})</source>
        <translation>{package} angenommen (Rangfolge {ranking})</translation>
    </message>
    <message>
        <source>Accepted {package}</source>
        <translation>{package} angenommen</translation>
    </message>
    <message>
        <source>None of these acceptable</source>
        <translation>Keines davon akzeptabel</translation>
    </message>
    <message>
        <source>None acceptable — liked {package} best</source>
        <translation>Keines akzeptabel — {package} am liebsten</translation>
    </message>
    <message>
        <source>None acceptable — preferred {ranking}</source>
        <translation>Keines akzeptabel — bevorzugt {ranking}</translation>
    </message>
    <message>
        <source>Chose {package}</source>
        <translation>{package} gewählt</translation>
    </message>
    <message>
        <source>Ranked {ranking} ({others} not ranked)</source>
        <translation>Rangfolge {ranking} ({others} nicht gereiht)</translation>
    </message>
    <message>
        <source>Ranked {ranking}</source>
        <translation>Rangfolge {ranking}</translation>
    </message>
    <message>
        <source>“{words}”</source>
        <comment>quoted words</comment>
        <translation>„{words}“</translation>
    </message>
    <message>
        <source>→ {issue} matters most (trust {trust:.0f} %)</source>
        <translation>→ {issue} am wichtigsten (Vertrauen {trust:.0f} %)</translation>
    </message>
    <message>
        <source>counter-offer</source>
        <translation>Gegenangebot</translation>
    </message>
    <message>
        <source>statement</source>
        <comment>what they said in a round</comment>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>answer</source>
        <comment>their answer to a question, in a round</comment>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>refused all</source>
        <translation>alle abgelehnt</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Runde {number}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>a round</comment>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the reaction recorded in round {number}</source>
        <translation>Die in Runde {number} erfasste Reaktion ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a round</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete round {number} (Edit ▸ Undo brings it back)</source>
        <translation>Runde {number} löschen (Bearbeiten ▸ Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>{level:.1f} pts</source>
        <translation>{level:.1f} Pkt.</translation>
    </message>
    <message>
        <source>When it was recorded, and the offered packages&apos; average value to you</source>
        <translation>Wann sie erfasst wurde und der durchschnittliche Wert der angebotenen Pakete für Sie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Counter-offer:&lt;/b&gt; {terms}</source>
        <translation>&lt;b&gt;Gegenangebot:&lt;/b&gt; {terms}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Said:&lt;/b&gt; {words}</source>
        <translation>&lt;b&gt;Gesagt:&lt;/b&gt; {words}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answered:&lt;/b&gt; {answers}</source>
        <translation>&lt;b&gt;Geantwortet:&lt;/b&gt; {answers}</translation>
    </message>
    <message>
        <source>Offered terms</source>
        <translation>Angebotene Bedingungen</translation>
    </message>
    <message>
        <source>Show the terms of the packages offered in this round</source>
        <translation>Die Bedingungen der in dieser Runde angebotenen Pakete zeigen</translation>
    </message>
    <message>
        <source>No rounds yet. When you have shown them packages, press “Record reaction…” and note which one they liked, how they ranked them, or what they said.</source>
        <translation>Noch keine Runden. Wenn Sie der Gegenseite Pakete gezeigt haben, drücken Sie „Reaktion erfassen…“ und notieren Sie, welches ihr gefiel, wie sie sie gereiht hat oder was sie gesagt hat.</translation>
    </message>
    <message>
        <source>ZOPA</source>
        <translation>ZOPA</translation>
    </message>
    <message>
        <source>Zone of possible agreement: packages both sides prefer to their walk-aways</source>
        <translation>Einigungsbereich: Pakete, die beide Seiten ihrem Ausstiegspunkt vorziehen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Einigung</translation>
    </message>
    <message>
        <source>The package both sides agreed</source>
        <translation>Das Paket, auf das sich beide Seiten geeinigt haben</translation>
    </message>
    <message>
        <source>Record ▾</source>
        <translation>Erfassen ▾</translation>
    </message>
    <message>
        <source>Record the agreed package: from a package, from an offer of a round, or enter the terms</source>
        <translation>Das vereinbarte Paket erfassen: aus einem Paket, aus einem Angebot einer Runde oder durch Eingabe der Bedingungen</translation>
    </message>
    <message>
        <source>Agreed terms</source>
        <translation>Vereinbarte Bedingungen</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Einigung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date of the agreement</source>
        <translation>Datum der Einigung</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format of the agreement</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>When the agreement was made</source>
        <translation>Wann die Einigung erzielt wurde</translation>
    </message>
    <message>
        <source>Notes on the agreement</source>
        <translation>Notizen zur Einigung</translation>
    </message>
    <message>
        <source>Notes on the agreement (who signed, conditions…)</source>
        <translation>Notizen zur Einigung (wer unterschrieben hat, Bedingungen …)</translation>
    </message>
    <message>
        <source>Notes on the agreement: who signed, conditions, what was left open</source>
        <translation>Notizen zur Einigung: wer unterschrieben hat, Bedingungen, was offen blieb</translation>
    </message>
    <message>
        <source>Post-settlement</source>
        <translation>Nachverhandlung</translation>
    </message>
    <message>
        <source>The ZOPA, the agreement, post-settlement offers and the debrief</source>
        <translation>Die ZOPA, die Einigung, Angebote zur Nachverhandlung und die Nachbesprechung</translation>
    </message>
    <message>
        <source>After agreeing: packages at least as good for you and probably better for them; the agreement stands if they prefer it</source>
        <translation>Nach der Einigung: Pakete, die für Sie mindestens gleich gut und für die Gegenseite wahrscheinlich besser sind; die Einigung gilt weiter, wenn die Gegenseite sie vorzieht</translation>
    </message>
    <message>
        <source>What each alternative changes against the agreement; double-click to adopt it once they take it</source>
        <translation>Was jede Alternative gegenüber der Einigung ändert; Doppelklick übernimmt sie, sobald die Gegenseite sie annimmt</translation>
    </message>
    <message>
        <source>Use as cards…</source>
        <translation>Als Karten verwenden…</translation>
    </message>
    <message>
        <source>Print them as cards: “Our agreement stands. Would any of these work better for you?” — terms only</source>
        <translation>Als Karten drucken: „Unsere Einigung steht. Wäre eine dieser Varianten für Sie besser?“ – nur Bedingungen</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>They took the selected alternative: it becomes the agreement (the first terms are kept for the debrief)</source>
        <translation>Die Gegenseite hat die gewählte Alternative angenommen – sie wird zur Einigung (die ersten Bedingungen bleiben für die Nachbesprechung erhalten)</translation>
    </message>
    <message>
        <source>Propose when one is better for them with a chance of at least</source>
        <translation>Vorschlagen, wenn eines für die Gegenseite besser ist mit einer Wahrscheinlichkeit von mindestens</translation>
    </message>
    <message>
        <source>Post-settlement bar</source>
        <translation>Schwelle der Nachverhandlung</translation>
    </message>
    <message>
        <source>The chance, under the estimate, that at least one alternative is better for them; lower it to propose long shots (offering a set costs little)</source>
        <translation>Die Wahrscheinlichkeit laut Schätzung, dass mindestens eine Alternative für die Gegenseite besser ist; senken Sie sie, um auch unsichere Vorschläge zu machen (eine Auswahl anzubieten kostet wenig)</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>An INTERNAL page: what you got, what you left, what you learned</source>
        <translation>Eine INTERNE Seite: was Sie erreicht, was Sie liegen gelassen und was Sie gelernt haben</translation>
    </message>
    <message>
        <source>Lessons learned (for the debrief)</source>
        <translation>Erkenntnisse (für die Nachbesprechung)</translation>
    </message>
    <message>
        <source>Lessons — one per line: what would you do differently?</source>
        <translation>Erkenntnisse – eine pro Zeile: Was würden Sie anders machen?</translation>
    </message>
    <message>
        <source>What you learned, one lesson per line — printed on the debrief</source>
        <translation>Was Sie gelernt haben, eine Erkenntnis pro Zeile – wird auf die Nachbesprechung gedruckt</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <source>The INTERNAL one-page debrief as it prints</source>
        <translation>Die INTERNE einseitige Nachbesprechung, wie sie gedruckt wird</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Write the INTERNAL one-page debrief to a PDF</source>
        <translation>Die INTERNE einseitige Nachbesprechung als PDF speichern</translation>
    </message>
    <message>
        <source>Change ▾</source>
        <extracomment>The plan fields the panel shows or computes from (an edit of a package&apos;s terms during a drag touches none of them and costs the panel nothing).</extracomment>
        <translation>Ändern ▾</translation>
    </message>
    <message>
        <source>Record the agreement first</source>
        <translation>Erfassen Sie zuerst die Einigung</translation>
    </message>
    <message>
        <source>Record the agreement to look for packages better for both sides.</source>
        <translation>Erfassen Sie die Einigung, um nach Paketen zu suchen, die für beide Seiten besser sind.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>None: {reason}</source>
        <translation>Keine: {reason}</translation>
    </message>
    <message>
        <source>1 alternative at least as good for you; the chance that it is better for them: {chance} ({basis}).</source>
        <translation>1 Alternative, für Sie mindestens gleich gut; die Wahrscheinlichkeit, dass sie für die Gegenseite besser ist: {chance} ({basis}).</translation>
    </message>
    <message>
        <source>{n} alternatives at least as good for you; the chance that at least one is better for them: {chance} ({basis}).</source>
        <translation>{n} Alternativen, für Sie mindestens gleich gut; die Wahrscheinlichkeit, dass mindestens eine für die Gegenseite besser ist: {chance} ({basis}).</translation>
    </message>
    <message>
        <source>Accepted offer: {label}</source>
        <translation>Angenommenes Angebot: {label}</translation>
    </message>
    <message>
        <source>Enter terms (start from the middle)</source>
        <translation>Bedingungen eingeben (in der Mitte beginnen)</translation>
    </message>
    <message>
        <source>Remove the agreement</source>
        <translation>Einigung entfernen</translation>
    </message>
    <message>
        <source>Record the agreement</source>
        <translation>Einigung erfassen</translation>
    </message>
    <message>
        <source>Replace the agreement</source>
        <translation>Einigung ersetzen</translation>
    </message>
    <message>
        <source>Agreement: {issue}</source>
        <translation>Einigung: {issue}</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Adopt post-settlement alternative {letter}</source>
        <translation>Alternative {letter} der Nachverhandlung übernehmen</translation>
    </message>
    <message>
        <source>Post-settlement alternatives</source>
        <translation>Alternativen der Nachverhandlung</translation>
    </message>
    <message>
        <source>Post-settlement Cards</source>
        <translation>Karten zur Nachverhandlung</translation>
    </message>
    <message>
        <source>Saved {file} — INTERNAL, keep it on your side</source>
        <translation>{file} gespeichert – INTERN, bleibt auf Ihrer Seite</translation>
    </message>
    <message>
        <source>{option} (unacceptable)</source>
        <extracomment>``(issue name, term)`` after the user changed a control the package as the user reads it (``package`` is a key: a dynamic property)</extracomment>
        <translation>{option} (nicht akzeptabel)</translation>
    </message>
    <message>
        <source>{issue} of the {package}</source>
        <translation>{issue} ({package})</translation>
    </message>
    <message>
        <source>{issue} of the {package} — beyond your hard limit {limit}</source>
        <translation>{issue} ({package}) – jenseits Ihrer harten Grenze {limit}</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <extracomment>The source of an agreement or quote whose terms were typed in (stored in the plan as is, shown translated)</extracomment>
        <translation>von Hand eingegeben</translation>
    </message>
    <message>
        <source>{tip} — click to fold or unfold</source>
        <translation>{tip} – Klicken zum Ein- oder Ausklappen</translation>
    </message>
    <message>
        <source>click to fold or unfold</source>
        <translation>Klicken zum Ein- oder Ausklappen</translation>
    </message>
    <message>
        <source>Show or hide: {what}</source>
        <translation>Ein- oder ausblenden: {what}</translation>
    </message>
    <message>
        <source> pts</source>
        <extracomment>The colour of a warning under the table (an option in use that would go; made readable on the palette).</extracomment>
        <translation> Pkt.</translation>
    </message>
    <message>
        <source>No agreement recorded yet.</source>
        <translation>Noch keine Einigung erfasst.</translation>
    </message>
    <message>
        <source>{value:.1f} points</source>
        <translation>{value:.1f} Punkte</translation>
    </message>
    <message>
        <source>{gap:.1f} below your reservation {reservation:.1f}</source>
        <translation>{gap:.1f} unter Ihrem Reservationswert {reservation:.1f}</translation>
    </message>
    <message>
        <source>{gap:.1f} above reservation</source>
        <translation>{gap:.1f} über dem Reservationswert</translation>
    </message>
    <message>
        <source>at or above aspiration</source>
        <translation>Anspruchsniveau erreicht</translation>
    </message>
    <message>
        <source>{gap:.1f} short of aspiration</source>
        <translation>{gap:.1f} unter dem Anspruchsniveau</translation>
    </message>
    <message>
        <source>plan</source>
        <comment>file name</comment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>INTERNAL debrief – {title}</source>
        <translation>INTERNE Nachbesprechung – {title}</translation>
    </message>
    <message>
        <source>Export Debrief (INTERNAL)</source>
        <translation>Nachbesprechung exportieren (INTERN)</translation>
    </message>
    <message>
        <source>Given packages</source>
        <translation>Übergebene Pakete</translation>
    </message>
    <message>
        <source>Package Cards</source>
        <translation>Paketkarten</translation>
    </message>
    <message>
        <source>Cards for the other side</source>
        <extracomment>Why the chosen cards would show our hand / are not equal (shown, asked before output).</extracomment>
        <translation>Karten für die Gegenseite</translation>
    </message>
    <message>
        <source>Internal briefing (for us)</source>
        <translation>Internes Briefing (für uns)</translation>
    </message>
    <message>
        <source>The cards go on the table; the briefing stays with you</source>
        <translation>Die Karten kommen auf den Tisch; das Briefing bleibt bei Ihnen</translation>
    </message>
    <message>
        <source>Which packages become Option A, B, C …</source>
        <translation>Welche Pakete zu Option A, B, C … werden</translation>
    </message>
    <message>
        <source>Valid until</source>
        <comment>cards option</comment>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of the valid-until date</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Optional, e.g. Office chairs 2027</source>
        <translation>Optional, z. B. Bürostühle 2027</translation>
    </message>
    <message>
        <source>A subject line printed under the counterpart&apos;s name</source>
        <translation>Eine Betreffzeile, gedruckt unter dem Namen der Gegenseite</translation>
    </message>
    <message>
        <source>Print issue descriptions</source>
        <translation>Beschreibungen drucken</translation>
    </message>
    <message>
        <source>Print each issue&apos;s description under its name (check that they say nothing you would not tell them)</source>
        <translation>Die Beschreibung jedes Verhandlungspunkts unter seinem Namen drucken (prüfen Sie, dass sie nichts verrät, was Sie der Gegenseite nicht sagen würden)</translation>
    </message>
    <message>
        <source>Print &apos;Why this works for you&apos; on the back</source>
        <translation>Rückseite „Warum das für Sie passt“</translation>
    </message>
    <message>
        <source>A reverse for every card: talking points their negotiator can use with their own side (docs/behind-the-table.md). Print double-sided, flip on the long edge.</source>
        <translation>Eine Rückseite für jede Karte: Argumente, die ihr Verhandlungsführer bei seiner eigenen Seite nutzen kann (docs/behind-the-table.md). Beidseitig drucken, an der langen Kante wenden.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <comment>cards dialog</comment>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <comment>cards dialog</comment>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <comment>cards dialog</comment>
        <translation>Als PD&amp;F exportieren…</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <comment>cards dialog</comment>
        <translation>Als P&amp;NG exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>cards dialog</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Print the date the offers are valid until</source>
        <translation>Das Datum drucken, bis zu dem die Angebote gültig sind</translation>
    </message>
    <message>
        <source>The date the offers are valid until, printed on every card</source>
        <translation>Das Datum, bis zu dem die Angebote gültig sind, auf jede Karte gedruckt</translation>
    </message>
    <message>
        <source>Print the pages shown</source>
        <translation>Die gezeigten Seiten drucken</translation>
    </message>
    <message>
        <source>See the pages as the printer will print them</source>
        <translation>Die Seiten so ansehen, wie der Drucker sie drucken wird</translation>
    </message>
    <message>
        <source>Save the pages shown as a PDF</source>
        <translation>Die gezeigten Seiten als PDF speichern</translation>
    </message>
    <message>
        <source>Save each page shown as a PNG picture</source>
        <translation>Jede gezeigte Seite als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Print</source>
        <comment>cards dialog field</comment>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Options</source>
        <comment>cards dialog field</comment>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Layout</source>
        <comment>cards dialog field</comment>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>cards dialog field</comment>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Preview of the cards</source>
        <translation>Vorschau der Karten</translation>
    </message>
    <message>
        <source>The pages as they will be printed</source>
        <translation>Die Seiten, wie sie gedruckt werden</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <comment>given packages</comment>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <source>All packages that may be offered</source>
        <translation>Alle anbietbaren Pakete</translation>
    </message>
    <message>
        <source>Selected package only ({name})</source>
        <translation>Nur das ausgewählte Paket ({name})</translation>
    </message>
    <message>
        <source>the plan has no package that may be offered</source>
        <translation>der Plan hat kein Paket, das angeboten werden darf</translation>
    </message>
    <message>
        <source>Card layout</source>
        <translation>Kartenlayout</translation>
    </message>
    <message>
        <source>The briefing follows the paper of the layout (A4 or Letter)</source>
        <translation>Das Briefing folgt dem Papierformat des Layouts (A4 oder Letter)</translation>
    </message>
    <message>
        <source>Nothing to print: {error}</source>
        <translation>Nichts zu drucken: {error}</translation>
    </message>
    <message>
        <source>{cards} card on {pages} page.</source>
        <translation>{cards} Karte auf {pages} Seite.</translation>
    </message>
    <message>
        <source>{cards} card on {pages} pages.</source>
        <translation>{cards} Karte auf {pages} Seiten.</translation>
    </message>
    <message>
        <source>{cards} cards on {pages} page.</source>
        <translation>{cards} Karten auf {pages} Seite.</translation>
    </message>
    <message>
        <source>{cards} cards on {pages} pages.</source>
        <translation>{cards} Karten auf {pages} Seiten.</translation>
    </message>
    <message>
        <source>More than three options tend to overload the other side.</source>
        <translation>Mehr als drei Optionen überfordern die Gegenseite leicht.</translation>
    </message>
    <message>
        <source>Check your own text: {warnings}.</source>
        <translation>Prüfen Sie Ihren eigenen Text: {warnings}.</translation>
    </message>
    <message>
        <source>Warning: {warning}.</source>
        <translation>Warnung: {warning}.</translation>
    </message>
    <message>
        <source>INTERNAL briefing, {pages} page.</source>
        <translation>INTERNES Briefing, {pages} Seite.</translation>
    </message>
    <message>
        <source>INTERNAL briefing, {pages} pages.</source>
        <translation>INTERNES Briefing, {pages} Seiten.</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <comment>briefing</comment>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>Cards show the terms only — never our points, weights, reservation value, BATNA, aspiration or any estimate of the other side, not even in the file&apos;s properties.</source>
        <translation>Karten zeigen nur die Bedingungen — nie unsere Punkte, Gewichte, den Reservationswert, die BATNA, das Anspruchsniveau oder eine Schätzung der Gegenseite, auch nicht in den Eigenschaften der Datei.</translation>
    </message>
    <message>
        <source>The briefing carries our numbers and is marked INTERNAL on every page. Keep it on your side of the table.</source>
        <translation>Das Briefing enthält unsere Zahlen und ist auf jeder Seite als INTERN markiert. Behalten Sie es auf Ihrer Seite des Tisches.</translation>
    </message>
    <message>
        <source>nothing to print</source>
        <translation>nichts zu drucken</translation>
    </message>
    <message>
        <source>These cards would show our hand.</source>
        <translation>Diese Karten würden unsere Karten aufdecken.</translation>
    </message>
    <message>
        <source>{reasons}

The other side would learn our walk-away. Print them anyway?</source>
        <translation>{reasons}

Die Gegenseite würde unseren Ausstiegspunkt erfahren. Trotzdem drucken?</translation>
    </message>
    <message>
        <source>{path}: the PDF must end in .pdf</source>
        <translation>{path}: das PDF muss auf .pdf enden</translation>
    </message>
    <message>
        <source>{path}: the image must end in .png</source>
        <translation>{path}: das Bild muss auf .png enden</translation>
    </message>
    <message>
        <source>INTERNAL briefing – {title}</source>
        <translation>INTERNES Briefing – {title}</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>{files} gespeichert</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>Briefing exportieren</translation>
    </message>
    <message>
        <source>Export Cards as PDF</source>
        <translation>Karten als PDF exportieren</translation>
    </message>
    <message>
        <source>Could not write the PDF: {error}</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write the image: {error}</source>
        <translation>Das Bild konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Print Cards</source>
        <translation>Karten drucken</translation>
    </message>
    <message>
        <source>Print Briefing</source>
        <translation>Briefing drucken</translation>
    </message>
    <message>
        <source>Could not print: {error}</source>
        <translation>Drucken nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Sent {pages} page to the printer.</source>
        <translation>{pages} Seite an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>{pages} Seiten an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Nothing to export: {error}</source>
        <translation>Nichts zu exportieren: {error}</translation>
    </message>
    <message>
        <source>Export Briefing (INTERNAL)</source>
        <translation>Briefing exportieren (INTERN)</translation>
    </message>
    <message>
        <source>Debrief (INTERNAL)</source>
        <translation>Nachbesprechung (INTERN)</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>When checked, exporting or printing the debrief also adds this plan (agreement, what their choices revealed, relationship notes) to the supplier&apos;s history in your data folder.</source>
        <translation>Wenn angehakt, fügt das Exportieren oder Drucken der Nachbesprechung diesen Plan (Einigung, was die Wahl der Gegenseite verraten hat, Notizen zur Beziehung) auch der Historie des Lieferanten in Ihrem Datenordner hinzu.</translation>
    </message>
    <message>
        <source>Add this negotiation to {supplier}&apos;s history</source>
        <translation>Diese Verhandlung der Historie von {supplier} hinzufügen</translation>
    </message>
    <message>
        <source>Add this negotiation to the supplier&apos;s history (name the supplier in File ▸ Plan Properties…)</source>
        <translation>Diese Verhandlung der Historie des Lieferanten hinzufügen (Lieferant unter Datei ▸ Planeigenschaften… benennen)</translation>
    </message>
    <message>
        <source>Not added to the history: {error}</source>
        <translation>Nicht zur Historie hinzugefügt: {error}</translation>
    </message>
    <message>
        <source>Added to {supplier}&apos;s history.</source>
        <translation>Zur Historie von {supplier} hinzugefügt.</translation>
    </message>
    <message>
        <source>No debrief: {error}</source>
        <translation>Keine Nachbesprechung: {error}</translation>
    </message>
    <message>
        <source>INTERNAL — keep it on your side of the table. 1 page.</source>
        <translation>INTERN – bleibt auf Ihrer Seite des Tisches. 1 Seite.</translation>
    </message>
    <message>
        <source>INTERNAL — keep it on your side of the table. {n} pages.</source>
        <translation>INTERN – bleibt auf Ihrer Seite des Tisches. {n} Seiten.</translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation>nichts zu exportieren</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} gespeichert.</translation>
    </message>
    <message>
        <source>Print Debrief</source>
        <translation>Nachbesprechung drucken</translation>
    </message>
    <message>
        <source>Competing quote</source>
        <extracomment>``(message) -&gt; None``: how a section reports a refused edit to the panel (status bar, last_error)</extracomment>
        <translation>Konkurrenzangebot</translation>
    </message>
    <message>
        <source>the competing quote</source>
        <comment>after: the other terms as in</comment>
        <translation>Konkurrenzangebot</translation>
    </message>
    <message>
        <source>package {name}</source>
        <translation>Paket {name}</translation>
    </message>
    <message>
        <source>Our walk-away (BATNA)</source>
        <translation>Unser Ausstiegspunkt (BATNA)</translation>
    </message>
    <message>
        <source>What you do if there is no deal, and what it is worth to you</source>
        <translation>Was Sie ohne Abschluss tun und was Ihnen das wert ist</translation>
    </message>
    <message>
        <source>Our BATNA in words</source>
        <extracomment>``(question) -&gt; bool``: asked before a competing quote replaces a hand-set reservation</extracomment>
        <translation>Unsere BATNA in Worten</translation>
    </message>
    <message>
        <source>e.g. NordSeat&apos;s quote: EUR 236, 8 weeks…</source>
        <translation>z. B. Preisangebot von NordSeat: EUR 236, 8 Wochen…</translation>
    </message>
    <message>
        <source>Your BATNA in words (internal: never printed on cards)</source>
        <translation>Ihre BATNA in Worten (intern: wird nie auf Karten gedruckt)</translation>
    </message>
    <message>
        <source>Quote ▾</source>
        <translation>Angebot ▾</translation>
    </message>
    <message>
        <source>Enter the competing quote as terms, take them from a package, or remove it</source>
        <translation>Das Konkurrenzangebot als Bedingungen eingeben, aus einem Paket übernehmen oder entfernen</translation>
    </message>
    <message>
        <source>Terms of the quote</source>
        <translation>Bedingungen des Angebots</translation>
    </message>
    <message>
        <source>competing quote</source>
        <extracomment>How the competing quote is called in the user&apos;s words (term controls carry it as ``package``; shown as ``tr(BATNA_LABEL)``).</extracomment>
        <translation>Konkurrenzangebot</translation>
    </message>
    <message>
        <source>Reservation follows the quote</source>
        <translation>Reservationswert folgt dem Angebot</translation>
    </message>
    <message>
        <source>Your reservation value is the competing quote&apos;s points: nothing worth less to you is ever proposed</source>
        <translation>Ihr Reservationswert entspricht den Punkten des Konkurrenzangebots: Nichts, was Ihnen weniger wert ist, wird je vorgeschlagen</translation>
    </message>
    <message>
        <source>Our reservation value in points</source>
        <translation>Unser Reservationswert in Punkten</translation>
    </message>
    <message>
        <source>The level you open at (MESO sets default to it)</source>
        <translation>Das Niveau, mit dem Sie eröffnen (Vorgabe für MESO-Sets)</translation>
    </message>
    <message>
        <source>Our aspiration in points</source>
        <translation>Unser Anspruchsniveau in Punkten</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservationswert</translation>
    </message>
    <message>
        <source>Aspiration</source>
        <translation>Anspruchsniveau</translation>
    </message>
    <message>
        <source>No competing quote entered. Enter one to let your reservation follow it.</source>
        <extracomment>why a typed reservation or aspiration was refused (shown under them until the next edit)</extracomment>
        <translation>Kein Konkurrenzangebot eingegeben. Geben Sie eines ein, damit Ihr Reservationswert ihm folgt.</translation>
    </message>
    <message>
        <source>Competing quote: worth {value:.1f} points to you.</source>
        <translation>Konkurrenzangebot: für Sie {value:.1f} Punkte wert.</translation>
    </message>
    <message>
        <source>Competing quote: worth {value:.1f} points to you; your reservation {reservation:.1f} is set by hand.</source>
        <translation>Konkurrenzangebot: für Sie {value:.1f} Punkte wert; Ihr Reservationswert {reservation:.1f} ist von Hand gesetzt.</translation>
    </message>
    <message>
        <source>Follows the market: no other supplier has made an offer yet.</source>
        <translation>Folgt dem Markt: Noch kein anderer Lieferant hat ein Angebot gemacht.</translation>
    </message>
    <message>
        <source>Follows the market: {supplier}, worth {value:.1f} points to you; your reservation follows it.</source>
        <translation>Folgt dem Markt: {supplier}, für Sie {value:.1f} Punkte wert; Ihr Reservationswert folgt ihm.</translation>
    </message>
    <message>
        <source>Follows the market: {supplier}, worth {value:.1f} points to you; your reservation {reservation:.1f} is set by hand.</source>
        <translation>Folgt dem Markt: {supplier}, für Sie {value:.1f} Punkte wert; Ihr Reservationswert {reservation:.1f} ist von Hand gesetzt.</translation>
    </message>
    <message>
        <source>Follows the competing quote (untick above to set it by hand)</source>
        <translation>Folgt dem Konkurrenzangebot (oben abwählen, um ihn von Hand zu setzen)</translation>
    </message>
    <message>
        <source>Your reservation value: never offer a package worth less to you (at most the aspiration)</source>
        <translation>Ihr Reservationswert: Bieten Sie nie ein Paket an, das Ihnen weniger wert ist (höchstens das Anspruchsniveau)</translation>
    </message>
    <message>
        <source>The competing quote follows the market: Negotiation ▸ Manage Suppliers…</source>
        <translation>Das Konkurrenzangebot folgt dem Markt: Verhandlung ▸ Lieferanten verwalten…</translation>
    </message>
    <message>
        <source>In terms: {text}</source>
        <translation>In Bedingungen: {text}</translation>
    </message>
    <message>
        <source>Describe the BATNA</source>
        <translation>BATNA beschreiben</translation>
    </message>
    <message>
        <source>Take terms from</source>
        <translation>Bedingungen übernehmen aus</translation>
    </message>
    <message>
        <source>Remove the competing quote</source>
        <translation>Konkurrenzangebot entfernen</translation>
    </message>
    <message>
        <source>Competing quote from {source}</source>
        <translation>Konkurrenzangebot aus {source}</translation>
    </message>
    <message>
        <source>Enter the competing quote</source>
        <translation>Konkurrenzangebot eingeben</translation>
    </message>
    <message>
        <source>Competing quote: {issue}</source>
        <translation>Konkurrenzangebot: {issue}</translation>
    </message>
    <message>
        <source>Reservation follows the competing quote</source>
        <translation>Reservationswert folgt dem Konkurrenzangebot</translation>
    </message>
    <message>
        <source>Reservation set by hand</source>
        <translation>Reservationswert von Hand gesetzt</translation>
    </message>
    <message>
        <source>Reservation value</source>
        <translation>Reservationswert</translation>
    </message>
    <message>
        <source>Their walk-away (estimate)</source>
        <translation>Ausstiegspunkt der Gegenseite (Schätzung)</translation>
    </message>
    <message>
        <source>Their reservation value, in their points (0–100)</source>
        <translation>Reservationswert der Gegenseite, in deren Punkten (0–100)</translation>
    </message>
    <message>
        <source>Use my own guess</source>
        <extracomment>their walk-away as last inferred (a starting guess when the user ticks &quot;my own guess&quot;)</extracomment>
        <translation>Eigene Annahme verwenden</translation>
    </message>
    <message>
        <source>Off: inferred from “none of these” and acceptances you recorded</source>
        <translation>Aus: abgeleitet aus „keines davon“ und den erfassten Annahmen</translation>
    </message>
    <message>
        <source>Their reservation value, our guess, in their points</source>
        <translation>Reservationswert der Gegenseite, unsere Annahme, in deren Punkten</translation>
    </message>
    <message>
        <source>Their walk-away in their points (0–100)</source>
        <translation>Ausstiegspunkt der Gegenseite in deren Punkten (0–100)</translation>
    </message>
    <message>
        <source>How unsure: ± points around their reservation</source>
        <translation>Unsicherheit: ± Punkte um deren Reservationswert</translation>
    </message>
    <message>
        <source>How unsure: half the width of an 80 % range</source>
        <translation>Unsicherheit: halbe Breite eines 80-%-Bereichs</translation>
    </message>
    <message>
        <source>Your guess (an 80 % range). Untick to infer it from their reactions.</source>
        <translation>Ihre Annahme (ein 80-%-Bereich). Abwählen, um den Ausstiegspunkt aus den Reaktionen der Gegenseite abzuleiten.</translation>
    </message>
    <message>
        <source>Guess their walk-away</source>
        <translation>Ausstiegspunkt der Gegenseite annehmen</translation>
    </message>
    <message>
        <source>Infer their walk-away</source>
        <translation>Ausstiegspunkt der Gegenseite ableiten</translation>
    </message>
    <message>
        <source>Their walk-away (guess)</source>
        <translation>Ausstiegspunkt der Gegenseite (Annahme)</translation>
    </message>
    <message>
        <source>Value curve</source>
        <extracomment>Most points sampled to draw a smooth numeric curve. Grids with at most this many terms show each term as a dot on the curve. (text, is_error) for the panel&apos;s status text</extracomment>
        <translation>Wertkurve</translation>
    </message>
    <message>
        <source>Value curve plot</source>
        <translation>Diagramm der Wertkurve</translation>
    </message>
    <message>
        <source>Bend</source>
        <translation>Krümmung</translation>
    </message>
    <message>
        <source>Curve bend</source>
        <translation>Krümmung der Kurve</translation>
    </message>
    <message>
        <source>How strongly the curve bends: left is nearly straight, right bends hard.</source>
        <translation>Wie stark die Kurve gekrümmt ist: links fast gerade, rechts stark gekrümmt.</translation>
    </message>
    <message>
        <source>Curve bend value</source>
        <translation>Wert der Krümmung</translation>
    </message>
    <message>
        <source>Bend of a diminishing-returns or accelerating curve (0.1–50).</source>
        <translation>Krümmung einer Kurve mit abnehmendem oder zunehmendem Zuwachs (0,1–50).</translation>
    </message>
    <message>
        <source>limit</source>
        <comment>hard limit line</comment>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Drag a point to change the curve.
Keyboard: Tab into the plot, ←/→ pick a point, ↑/↓ change its value (Shift: by 10), Alt+←/→ move a breakpoint along the range, Insert/Delete add or remove a breakpoint.</source>
        <translation>Ziehen Sie einen Punkt, um die Kurve zu ändern.
Tastatur: Mit Tab ins Diagramm, ←/→ wählen einen Punkt, ↑/↓ ändern seinen Wert (Umschalt: um 10), Alt+←/→ verschieben einen Stützpunkt entlang des Bereichs, Einfg/Entf fügen einen Stützpunkt hinzu oder entfernen ihn.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>{option}: {value:.1f} points
Drag up or down to change.</source>
        <translation>{option}: {value:.1f} Punkte
Zum Ändern nach oben oder unten ziehen.</translation>
    </message>
    <message>
        <source>{term} → {value:.1f} points
Drag to move; right-click to remove.</source>
        <translation>{term} → {value:.1f} Punkte
Ziehen verschiebt; Rechtsklick entfernt.</translation>
    </message>
    <message>
        <source>No issue selected</source>
        <translation>Kein Verhandlungspunkt gewählt</translation>
    </message>
    <message>
        <source>Select an issue in the table to see its value curve.</source>
        <translation>Wählen Sie einen Verhandlungspunkt in der Tabelle, um seine Wertkurve zu sehen.</translation>
    </message>
    <message>
        <source>{issue}: {curve}, lower is better</source>
        <translation>{issue}: {curve}, niedriger ist besser</translation>
    </message>
    <message>
        <source>{issue}: {curve}, higher is better</source>
        <translation>{issue}: {curve}, höher ist besser</translation>
    </message>
    <message>
        <source>Hard limit {limit}: terms above it are never acceptable. Drag to move it.</source>
        <translation>Harte Grenze {limit}: Werte darüber sind nie akzeptabel. Zum Verschieben ziehen.</translation>
    </message>
    <message>
        <source>Hard limit {limit}: terms below it are never acceptable. Drag to move it.</source>
        <translation>Harte Grenze {limit}: Werte darunter sind nie akzeptabel. Zum Verschieben ziehen.</translation>
    </message>
    <message>
        <source>Drag a point · double-click adds one · right-click removes</source>
        <translation>Punkt ziehen · Doppelklick fügt einen hinzu · Rechtsklick entfernt</translation>
    </message>
    <message>
        <source>Linear, lower is better · choose Breakpoints to shape it</source>
        <translation>Linear, niedriger ist besser · zum Formen Stützpunkte wählen</translation>
    </message>
    <message>
        <source>Linear, higher is better · choose Breakpoints to shape it</source>
        <translation>Linear, höher ist besser · zum Formen Stützpunkte wählen</translation>
    </message>
    <message>
        <source>{issue}: value of each option</source>
        <translation>{issue}: Wert jeder Option</translation>
    </message>
    <message>
        <source>Drag a bar&apos;s handle to set its value · hatched: never acceptable</source>
        <translation>Griff eines Balkens ziehen, um seinen Wert zu setzen · schraffiert: nie akzeptabel</translation>
    </message>
    <message>
        <source>Drag a bar&apos;s handle to set its value</source>
        <translation>Griff eines Balkens ziehen, um seinen Wert zu setzen</translation>
    </message>
    <message>
        <source>{package}: {term} → {value:.0f} pts</source>
        <translation>{package}: {term} → {value:.0f} Pkt.</translation>
    </message>
    <message>
        <source>Package {package}: {term}, {value:.1f} points</source>
        <translation>Paket {package}: {term}, {value:.1f} Punkte</translation>
    </message>
    <message>
        <source>{package}: {term} → {value:.0f} pts (not acceptable)</source>
        <translation>{package}: {term} → {value:.0f} Pkt. (nicht akzeptabel)</translation>
    </message>
    <message>
        <source>Package {package}: {term}, {value:.1f} points (not acceptable)</source>
        <translation>Paket {package}: {term}, {value:.1f} Punkte (nicht akzeptabel)</translation>
    </message>
    <message>
        <source>{option} → {value:.1f} pts</source>
        <translation>{option} → {value:.1f} Pkt.</translation>
    </message>
    <message>
        <source>Point {n}: {term} → {value:.1f} pts</source>
        <translation>Punkt {n}: {term} → {value:.1f} Pkt.</translation>
    </message>
    <message>
        <source>{term} → {value:.1f} pts</source>
        <translation>{term} → {value:.1f} Pkt.</translation>
    </message>
    <message>
        <source>Hard limit {limit}</source>
        <translation>Harte Grenze {limit}</translation>
    </message>
    <message>
        <source>Bend {bend:.1f}</source>
        <translation>Krümmung {bend:.1f}</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Lowest term</source>
        <translation>Niedrigster Wert</translation>
    </message>
    <message>
        <source>Lowest term that can be on the table ({unit}). Enter applies, Tab moves between the fields, Esc cancels.</source>
        <translation>Niedrigster Wert, die auf den Tisch kommen kann ({unit}). Eingabe übernimmt, Tab wechselt zwischen den Feldern, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Lowest term that can be on the table. Enter applies, Tab moves between the fields, Esc cancels.</source>
        <translation>Niedrigster Wert, die auf den Tisch kommen kann. Eingabe übernimmt, Tab wechselt zwischen den Feldern, Esc bricht ab.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Highest term</source>
        <translation>Höchster Wert</translation>
    </message>
    <message>
        <source>Highest term that can be on the table ({unit}). Enter applies, Tab moves between the fields, Esc cancels.</source>
        <translation>Höchster Wert, die auf den Tisch kommen kann ({unit}). Eingabe übernimmt, Tab wechselt zwischen den Feldern, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Highest term that can be on the table. Enter applies, Tab moves between the fields, Esc cancels.</source>
        <translation>Höchster Wert, die auf den Tisch kommen kann. Eingabe übernimmt, Tab wechselt zwischen den Feldern, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Numeric: a number on a range</source>
        <extracomment>(text, is_error) for the panel&apos;s status text</extracomment>
        <translation>Numerisch: eine Zahl in einem Bereich</translation>
    </message>
    <message>
        <source>Categorical: a list of options</source>
        <translation>Kategorial: eine Liste von Optionen</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>A lower term is better for us</source>
        <translation>Ein niedrigerer Wert ist besser für uns</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>A higher term is better for us</source>
        <translation>Ein höherer Wert ist besser für uns</translation>
    </message>
    <message>
        <source>what this issue covers</source>
        <translation>was dieser Verhandlungspunkt umfasst</translation>
    </message>
    <message>
        <source>{column} of {issue}</source>
        <translation>{column} von {issue}</translation>
    </message>
    <message>
        <source>Not applied: {reason}</source>
        <extracomment>Longest note on an issue (one line in the table; longer text belongs in the plan&apos;s notes), longest name. How a refusal starts, per verb (whole sentences, for the translation).</extracomment>
        <translation>Nicht übernommen: {reason}</translation>
    </message>
    <message>
        <source>Enter applies, Esc cancels.</source>
        <translation>Eingabe übernimmt, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Double-click or F2 edits · Insert adds · Delete removes · Alt+↑/↓ moves</source>
        <translation>Doppelklick oder F2 bearbeitet · Einfg fügt hinzu · Entf entfernt · Alt+↑/↓ verschiebt</translation>
    </message>
    <message>
        <source>Issues table</source>
        <extracomment>the columns&apos; content widths are measured again only when the contents changed (a workspace switch resizes the panel a few times: each measure read every cell)</extracomment>
        <translation>Tabelle der Verhandlungspunkte</translation>
    </message>
    <message>
        <source>One row per issue. Double-click or F2 edits a cell; Insert adds an issue, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation>Eine Zeile je Verhandlungspunkt. Doppelklick oder F2 bearbeitet eine Zelle; Einfg fügt einen Verhandlungspunkt hinzu, Entf entfernt ihn, Alt+Auf und Alt+Ab verschieben ihn.</translation>
    </message>
    <message>
        <source>The issues of the negotiation. Double-click or F2 edits a cell · Insert adds (Shift+Insert: categorical) · Delete removes · Alt+Up/Down or drag a row reorders.</source>
        <translation>Die Verhandlungspunkte der Verhandlung. Doppelklick oder F2 bearbeitet eine Zelle · Einfg fügt hinzu (Umschalt+Einfg: kategorial) · Entf entfernt · Alt+Auf/Ab oder Ziehen einer Zeile ordnet um.</translation>
    </message>
    <message>
        <source>Numeric issue</source>
        <translation>Numerischer Verhandlungspunkt</translation>
    </message>
    <message>
        <source>Add a numeric issue (price, weeks, days…) — Insert</source>
        <translation>Einen numerischen Verhandlungspunkt hinzufügen (Preis, Wochen, Tage…) — Einfg</translation>
    </message>
    <message>
        <source>Categorical issue</source>
        <translation>Kategorialer Verhandlungspunkt</translation>
    </message>
    <message>
        <source>Add a categorical issue (a list of options) — Shift+Insert</source>
        <translation>Einen kategorialen Verhandlungspunkt hinzufügen (eine Liste von Optionen) — Umschalt+Einfg</translation>
    </message>
    <message>
        <source>Add a numeric issue after the selected one (Insert). Use the arrow for a categorical issue (Shift+Insert).</source>
        <translation>Einen numerischen Verhandlungspunkt nach dem gewählten hinzufügen (Einfg). Über den Pfeil einen kategorialen (Umschalt+Einfg).</translation>
    </message>
    <message>
        <source>Remove the selected issue with its weight and terms (Delete). Undo brings it back.</source>
        <translation>Den gewählten Verhandlungspunkt mit seiner Gewichtung und seinen Bedingungen entfernen (Entf). Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>Move the selected issue up (Alt+Up).</source>
        <translation>Den gewählten Verhandlungspunkt nach oben verschieben (Alt+Auf).</translation>
    </message>
    <message>
        <source>Move issue up</source>
        <translation>Verhandlungspunkt nach oben</translation>
    </message>
    <message>
        <source>Move the selected issue down (Alt+Down).</source>
        <translation>Den gewählten Verhandlungspunkt nach unten verschieben (Alt+Ab).</translation>
    </message>
    <message>
        <source>Move issue down</source>
        <translation>Verhandlungspunkt nach unten</translation>
    </message>
    <message>
        <source>Options…</source>
        <translation>Optionen…</translation>
    </message>
    <message>
        <source>Edit the options of the selected categorical issue: labels, values and which ones are acceptable.</source>
        <translation>Die Optionen des gewählten kategorialen Verhandlungspunkts bearbeiten: Bezeichnungen, Werte und welche akzeptabel sind.</translation>
    </message>
    <message>
        <source>Issues status</source>
        <translation>Status der Verhandlungspunkte</translation>
    </message>
    <message>
        <source>Keys of the issue table</source>
        <translation>Tasten der Tabelle der Verhandlungspunkte</translation>
    </message>
    <message>
        <source>Select the issue to remove.</source>
        <translation>Wählen Sie den zu entfernenden Verhandlungspunkt.</translation>
    </message>
    <message>
        <source>Only a categorical issue has options; numeric issues have a range.</source>
        <translation>Nur ein kategorialer Verhandlungspunkt hat Optionen; numerische haben einen Bereich.</translation>
    </message>
    <message>
        <source>Option value</source>
        <translation>Wert der Option</translation>
    </message>
    <message>
        <source>Value of this option to us, 0 (worst) to 100 (best).</source>
        <translation>Wert dieser Option für uns, 0 (schlechteste) bis 100 (beste).</translation>
    </message>
    <message>
        <source>Options of “{issue}”</source>
        <translation>Optionen von „{issue}“</translation>
    </message>
    <message>
        <source>Options of {issue}</source>
        <translation>Optionen von {issue}</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Akzeptabel</translation>
    </message>
    <message>
        <source>The option&apos;s label as both sides say it (unique).</source>
        <translation>Die Bezeichnung der Option, wie beide Seiten sie nennen (eindeutig).</translation>
    </message>
    <message>
        <source>Value of the option to us: 0 (worst) to 100 (best).</source>
        <translation>Wert der Option für uns: 0 (schlechteste) bis 100 (beste).</translation>
    </message>
    <message>
        <source>Unticked: we can never accept a package with this option.</source>
        <translation>Nicht angehakt: Ein Paket mit dieser Option können wir nie akzeptieren.</translation>
    </message>
    <message>
        <source>Double-click a label or value to edit it; tick the options we can accept.</source>
        <translation>Doppelklicken Sie auf eine Bezeichnung oder einen Wert, um sie zu bearbeiten; haken Sie die Optionen an, die wir akzeptieren können.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Add an option below the selected one (Insert).</source>
        <translation>Eine Option unter der gewählten hinzufügen (Einfg).</translation>
    </message>
    <message>
        <source>Remove the selected option (Delete).</source>
        <translation>Die gewählte Option entfernen (Entf).</translation>
    </message>
    <message>
        <source>Move the selected option up (Alt+Up).</source>
        <translation>Die gewählte Option nach oben verschieben (Alt+Auf).</translation>
    </message>
    <message>
        <source>Move the selected option down (Alt+Down).</source>
        <translation>Die gewählte Option nach unten verschieben (Alt+Ab).</translation>
    </message>
    <message>
        <source>Problem with the options</source>
        <translation>Problem mit den Optionen</translation>
    </message>
    <message>
        <source>Apply the options (one undo step).</source>
        <translation>Die Optionen übernehmen (ein Rückgängig-Schritt).</translation>
    </message>
    <message>
        <source>Close without changing anything.</source>
        <translation>Schließen, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Give each option its value to us (0 = worst, 100 = best) and untick the ones we can never accept.</source>
        <translation>Geben Sie jeder Option ihren Wert für uns (0 = schlechteste, 100 = beste) und entfernen Sie den Haken bei denen, die wir nie akzeptieren können.</translation>
    </message>
    <message>
        <source>Ticked: acceptable. Unticked: a package with this option is never acceptable.</source>
        <translation>Angehakt: akzeptabel. Nicht angehakt: Ein Paket mit dieser Option ist nie akzeptabel.</translation>
    </message>
    <message>
        <source>Option {n}</source>
        <translation>Option {n}</translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>the rows under the issues (keys of :meth:`CompareDialog.cell`; shown translated)</extracomment>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Compare packages</source>
        <extracomment>the rows of numbers: their cells are never shortened a column of terms is never made wider than this (pixels) … … nor narrower than this, nor than its numbers the package list and the issue names each take at most this share of the screen&apos;s width … … and at most this many pixels (a longer name ends in &quot;…&quot;, whole in its tooltip) where the columns must scroll sideways anyway, the issue names beside them take the room (up to :data:`SIDE_MAX`) this many columns of packages (a MESO set) leave at their narrowest the air around a cell&apos;s text (the delegate&apos;s margins and the grid line)</extracomment>
        <translation>Pakete vergleichen</translation>
    </message>
    <message>
        <source>Packages to compare:</source>
        <translation>Zu vergleichende Pakete:</translation>
    </message>
    <message>
        <source>Packages to compare</source>
        <translation>Zu vergleichende Pakete</translation>
    </message>
    <message>
        <source>Tick the packages to compare</source>
        <translation>Haken Sie die zu vergleichenden Pakete an</translation>
    </message>
    <message>
        <source>Packages side by side</source>
        <translation>Pakete nebeneinander</translation>
    </message>
    <message>
        <source>The ticked packages side by side: their terms, our points and total cost</source>
        <translation>Die angehakten Pakete nebeneinander: ihre Bedingungen, unsere Punkte und die Gesamtkosten</translation>
    </message>
    <message>
        <source>Terms that differ between the chosen packages are in bold.</source>
        <translation>Bedingungen, die sich zwischen den gewählten Paketen unterscheiden, sind fett.</translation>
    </message>
    <message>
        <source>{package} ({set})</source>
        <translation>{package} ({set})</translation>
    </message>
    <message>
        <source>{value} expected</source>
        <comment>a contingent package&apos;s points or total cost</comment>
        <translation>{value} erwartet</translation>
    </message>
    <message>
        <source>Goodwill of its concessions (docs/behind-the-table.md)</source>
        <translation>Wohlwollen durch seine Zugeständnisse (docs/behind-the-table.md)</translation>
    </message>
    <message>
        <source>Expected value under our forecast</source>
        <extracomment>the clause dialog (helper module of the contingent widgets), imported on first use</extracomment>
        <translation>Erwartungswert unter unserer Prognose</translation>
    </message>
    <message>
        <source>expected</source>
        <comment>contingent package score</comment>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>Expected value under our forecast ({error})</source>
        <translation>Erwartungswert unter unserer Prognose ({error})</translation>
    </message>
    <message>
        <source>Expected value under our forecast; 10–90 %: {low:.1f}–{high:.1f} points, likely {likely:.1f}</source>
        <translation>Erwartungswert unter unserer Prognose; 10–90 %: {low:.1f}–{high:.1f} Punkte, wahrscheinlich {likely:.1f}</translation>
    </message>
    <message>
        <source>Contingent term</source>
        <translation>Bedingte Vereinbarung</translation>
    </message>
    <message>
        <source>Contingent terms are not part of this version</source>
        <translation>Bedingte Vereinbarungen sind in dieser Version nicht enthalten</translation>
    </message>
    <message>
        <source>Add an uncertain event first (Negotiation ▸ Uncertain Events…)</source>
        <translation>Legen Sie zuerst ein unsicheres Ereignis an (Verhandlung ▸ Unsichere Ereignisse…)</translation>
    </message>
    <message>
        <source>Change the clause on {issue}…</source>
        <translation>Klausel zu {issue} ändern…</translation>
    </message>
    <message>
        <source>Make {issue} contingent…</source>
        <translation>{issue} bedingt machen…</translation>
    </message>
    <message>
        <source>Let an uncertain event&apos;s outcome decide {issue} in {package}</source>
        <translation>Das Ergebnis eines unsicheren Ereignisses über {issue} in {package} entscheiden lassen</translation>
    </message>
    <message>
        <source>Remove clause on {issue}</source>
        <translation>Klausel zu {issue} entfernen</translation>
    </message>
    <message>
        <source>Fix {issue} in {package} at its base term again (undo brings the clause back)</source>
        <translation>{issue} in {package} wieder auf die Grundbedingung festlegen (Rückgängig stellt die Klausel wieder her)</translation>
    </message>
    <message>
        <source>Level of the MESO set in points</source>
        <extracomment>Progress and the Stop button appear when a generation takes longer than this.</extracomment>
        <translation>Niveau des MESO-Sets in Punkten</translation>
    </message>
    <message>
        <source>Level in points</source>
        <translation>Niveau in Punkten</translation>
    </message>
    <message>
        <source>Back to the plan&apos;s aspiration level</source>
        <translation>Zurück zum Anspruchsniveau des Plans</translation>
    </message>
    <message>
        <source>The level every package of the set is worth to you. The red zone is below your reservation value; the dark tick is your aspiration.</source>
        <translation>Das Niveau, das jedes Paket des Sets für Sie wert ist. Der rote Bereich liegt unter Ihrem Reservationswert; die dunkle Marke ist Ihr Anspruchsniveau.</translation>
    </message>
    <message>
        <source>{mark} below reservation {reservation:.1f} &amp;nbsp; &lt;b&gt;|&lt;/b&gt; aspiration {aspiration:.1f}</source>
        <translation>{mark} unter Reservationswert {reservation:.1f} &amp;nbsp; &lt;b&gt;|&lt;/b&gt; Anspruchsniveau {aspiration:.1f}</translation>
    </message>
    <message>
        <source>≈ {points:.1f} of their points</source>
        <extracomment>the issue names take at most this share of the screen&apos;s width (a longer name ends in &quot;…&quot;) … … but never less than this many pixels air beside a term on one line, on top of the cell&apos;s own margins (pixels)
----------
Their expected value (0–100) under the estimate, when there is one. The total cost in money (&quot;Total EUR 552,000&quot;; &quot;&quot; when the plan has no cost model). Their points it leaves on the table under the estimate (0 on the frontier; never on cards). Who on our side signs it off and who objects (&quot;✓ CFO · ✗ Quality: warranty 12 &lt; 24 months&quot;).</extracomment>
        <translation>≈ {points:.1f} Punkte der Gegenseite</translation>
    </message>
    <message>
        <source>none</source>
        <comment>nothing left on the table</comment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>This package {leaves} (under the {estimate}): another package worth as much to you would give them that much more.</source>
        <translation>Dieses Paket {leaves} (unter der Schätzung: {estimate}): Ein anderes Paket, das Ihnen gleich viel wert ist, gäbe der Gegenseite entsprechend mehr.</translation>
    </message>
    <message>
        <source>On the frontier under the {estimate}: nothing worth as much to you gives them more.</source>
        <translation>Auf der Grenze unter der Schätzung ({estimate}): Nichts, was Ihnen gleich viel wert ist, gibt der Gegenseite mehr.</translation>
    </message>
    <message>
        <source>Generate MESOs</source>
        <extracomment>&quot;Add MESO set&quot; was pressed: the previewed packages (term mappings) and their level</extracomment>
        <translation>MESOs erzeugen</translation>
    </message>
    <message>
        <source>Packages worth the same to you, each conceding on a different issue. Offer them together: the one the counterpart prefers tells you what matters to them.</source>
        <translation>Pakete, die Ihnen gleich viel wert sind und jeweils bei einem anderen Verhandlungspunkt nachgeben. Bieten Sie sie gemeinsam an: Das Paket, das die Gegenseite vorzieht, zeigt Ihnen, was ihr wichtig ist.</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <comment>MESO dialog</comment>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source> packages</source>
        <translation> Pakete</translation>
    </message>
    <message>
        <source>Two or three packages; more tend to overload the other side.</source>
        <translation>Zwei oder drei Pakete; mehr überfordern die Gegenseite leicht.</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <comment>MESO dialog: how many packages</comment>
        <translation>&amp;Anbieten</translation>
    </message>
    <message>
        <source>The packages that will be added; the bold cell is where each one concedes.</source>
        <translation>Die Pakete, die hinzugefügt werden; die fette Zelle zeigt, wo jedes nachgibt.</translation>
    </message>
    <message>
        <source>Add MESO set</source>
        <translation>MESO-Set hinzufügen</translation>
    </message>
    <message>
        <source>Level in points (0–100); at least {lowest:.1f}: a set worth your reservation value {reservation:.1f} would show your hand</source>
        <translation>Niveau in Punkten (0–100); mindestens {lowest:.1f}: ein Set im Wert Ihres Reservationswerts {reservation:.1f} würde Ihre Karten aufdecken</translation>
    </message>
    <message>
        <source>Add the previewed packages as a MESO set (one undo step)</source>
        <translation>Die Pakete der Vorschau als MESO-Set hinzufügen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Keep the packages equal even if my weights are a little off</source>
        <translation>Pakete gleichwertig halten, auch wenn meine Gewichte etwas danebenliegen</translation>
    </message>
    <message>
        <source>Prefer sets whose values stay close over the range your weights may be in (Weights panel: Unsure by ±, or Ask me); without one, ± 5 points.</source>
        <translation>Sets bevorzugen, deren Werte über den möglichen Bereich Ihrer Gewichte nah beieinander bleiben (Bereich Gewichtung: Unsicher um ± oder Fragen Sie mich); ohne Angabe ± 5 Punkte.</translation>
    </message>
    <message>
        <source>Only packages every approver accepts</source>
        <translation>Nur Pakete, die alle Freigeber akzeptieren</translation>
    </message>
    <message>
        <source>Keep out every package an approver of yours refuses, as a hard limit would ({rules})</source>
        <translation>Jedes Paket ausschließen, das einer Ihrer Freigeber ablehnt, wie eine harte Grenze ({rules})</translation>
    </message>
    <message>
        <source>No approver refuses anything (File ▸ Plan Properties…: who must approve).</source>
        <translation>Kein Freigeber lehnt etwas ab (Datei ▸ Planeigenschaften…: wer freigeben muss).</translation>
    </message>
    <message>
        <source>Add a contingent option</source>
        <translation>Eine bedingte Option hinzufügen</translation>
    </message>
    <message>
        <source>Add one package whose term depends on an uncertain event, worth the same to you under your forecast and more to them under theirs</source>
        <translation>Ein Paket hinzufügen, dessen Bedingung von einem unsicheren Ereignis abhängt: unter Ihrer Prognose für Sie gleich viel wert, unter der Prognose der Gegenseite für sie mehr</translation>
    </message>
    <message>
        <source>No uncertain event yet (Negotiation ▸ Uncertain Events…)</source>
        <translation>Noch kein unsicheres Ereignis (Verhandlung ▸ Unsichere Ereignisse…)</translation>
    </message>
    <message>
        <source>A large plan takes a moment to search</source>
        <translation>Ein großer Plan braucht einen Moment für die Suche</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop generating (the level and count stay as they are)</source>
        <translation>Erzeugen anhalten (Niveau und Anzahl bleiben, wie sie sind)</translation>
    </message>
    <message>
        <source>More than three tend to overload the other side.</source>
        <translation>Mehr als drei überfordern die Gegenseite leicht.</translation>
    </message>
    <message>
        <source>Stopped. Change the level or the count to generate again.</source>
        <translation>Angehalten. Ändern Sie Niveau oder Anzahl, um erneut zu erzeugen.</translation>
    </message>
    <message>
        <source>Use {level:.1f}</source>
        <translation>{level:.1f} verwenden</translation>
    </message>
    <message>
        <source>Generate the set at {level:.1f} points instead</source>
        <translation>Das Set stattdessen bei {level:.1f} Punkten erzeugen</translation>
    </message>
    <message>
        <source>{n} packages worth {low:.1f}–{high:.1f} points, but {names} would be worth about your reservation value ({reservation:.1f}) or less and show your hand. Raise the level.</source>
        <translation>{n} Pakete mit {low:.1f}–{high:.1f} Punkten, aber {names} wären etwa Ihren Reservationswert ({reservation:.1f}) oder weniger wert und würden Ihre Karten aufdecken. Erhöhen Sie das Niveau.</translation>
    </message>
    <message>
        <source>{n} packages worth {low:.1f}–{high:.1f} points (spread {spread}), each conceding on a different issue; all acceptable and above your reservation, and every approver accepts them.</source>
        <translation>{n} Pakete mit {low:.1f}–{high:.1f} Punkten (Spanne {spread}), jedes gibt bei einem anderen Verhandlungspunkt nach; alle akzeptabel und über Ihrem Reservationswert, und alle Freigeber akzeptieren sie.</translation>
    </message>
    <message>
        <source>{n} packages worth {low:.1f}–{high:.1f} points (spread {spread}), each conceding on a different issue; all acceptable and above your reservation.</source>
        <translation>{n} Pakete mit {low:.1f}–{high:.1f} Punkten (Spanne {spread}), jedes gibt bei einem anderen Verhandlungspunkt nach; alle akzeptabel und über Ihrem Reservationswert.</translation>
    </message>
    <message>
        <source>No contingent option found that is worth more to them by their forecast.</source>
        <translation>Keine bedingte Option gefunden, die der Gegenseite nach ihrer Prognose mehr wert ist.</translation>
    </message>
    <message>
        <source>{n} packages: {set} worth {low:.1f}–{high:.1f} points (spread {spread}), each conceding on a different issue; all acceptable and above your reservation, and every approver accepts them.</source>
        <translation>{n} Pakete: {set} mit {low:.1f}–{high:.1f} Punkten (Spanne {spread}), jedes gibt bei einem anderen Verhandlungspunkt nach; alle akzeptabel und über Ihrem Reservationswert, und alle Freigeber akzeptieren sie.</translation>
    </message>
    <message>
        <source>{n} packages: {set} worth {low:.1f}–{high:.1f} points (spread {spread}), each conceding on a different issue; all acceptable and above your reservation.</source>
        <translation>{n} Pakete: {set} mit {low:.1f}–{high:.1f} Punkten (Spanne {spread}), jedes gibt bei einem anderen Verhandlungspunkt nach; alle akzeptabel und über Ihrem Reservationswert.</translation>
    </message>
    <message>
        <source>{name} is contingent: its points are an expected value under your forecast.</source>
        <translation>{name} ist bedingt: seine Punkte sind ein Erwartungswert nach Ihrer Prognose.</translation>
    </message>
    <message>
        <source>{names} are contingent: their points are expected values under your forecast.</source>
        <translation>{names} sind bedingt: ihre Punkte sind Erwartungswerte nach Ihrer Prognose.</translation>
    </message>
    <message>
        <source>{package} · contingent</source>
        <translation>{package} · bedingt</translation>
    </message>
    <message>
        <source>Concedes on</source>
        <translation>Gibt nach bei</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Leaves on the table</source>
        <translation>Lässt liegen</translation>
    </message>
    <message>
        <source>{package} concedes on {issue}</source>
        <translation>{package} gibt bei {issue} nach</translation>
    </message>
    <message>
        <source>Expected value under your forecast</source>
        <translation>Erwartungswert unter Ihrer Prognose</translation>
    </message>
    <message>
        <source>contingent {issues}</source>
        <translation>bedingt: {issues}</translation>
    </message>
    <message>
        <source>No approver is involved.</source>
        <translation>Kein Freigeber ist beteiligt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Robustness:&lt;/b&gt; {sentence}</source>
        <translation>&lt;b&gt;Robustheit:&lt;/b&gt; {sentence}</translation>
    </message>
    <message>
        <source>The largest difference between the set&apos;s values to you over the range your weights may be in (computed exactly). A set that drifts apart shows a preference you did not mean to show.</source>
        <translation>Der größte Unterschied zwischen den Werten des Sets für Sie über den möglichen Bereich Ihrer Gewichte (exakt berechnet). Ein Set, das auseinanderdriftet, zeigt eine Präferenz, die Sie nicht zeigen wollten.</translation>
    </message>
    <message>
        <source>{issue} of {package}</source>
        <extracomment>the most a term&apos;s value asks for in a card&apos;s line (a longer option is shortened at a word) How a term&apos;s row is laid out (:meth:`TermEditor.place`): on one line (caption · slider · term · lock); the caption on a line of its own above slider · term · lock; two lines with the term beside the caption above the slider and the lock. pixels above a caption on a line of its own: it heads the slider below it, not the one above</extracomment>
        <translation>{issue} von {package}</translation>
    </message>
    <message>
        <source>Lock {issue} of {package}</source>
        <translation>{issue} von {package} sperren</translation>
    </message>
    <message>
        <source>{issue} of {package} ({range}). Drag, or use the arrow keys to move one step.</source>
        <translation>{issue} von {package} ({range}). Ziehen oder mit den Pfeiltasten um einen Schritt bewegen.</translation>
    </message>
    <message>
        <source>Lock {issue}: rebalancing will not move it and the slider is held.</source>
        <translation>{issue} sperren: Das Ausgleichen verändert den Wert nicht, und der Schieberegler bleibt fest.</translation>
    </message>
    <message>
        <source>Beyond the hard limit {limit}</source>
        <translation>Jenseits der harten Grenze {limit}</translation>
    </message>
    <message>
        <source>{option} is unacceptable to you</source>
        <translation>{option} ist für Sie nicht akzeptabel</translation>
    </message>
    <message>
        <source>Enter to rename, Esc to cancel</source>
        <extracomment>a card&apos;s narrowest and widest width: cards share the panel&apos;s width between these, so a wide screen shows wider cards (longer terms whole) rather than an empty area during a drag, the card&apos;s total-cost and approvals lines are brought up to date this often</extracomment>
        <translation>Eingabe zum Umbenennen, Esc zum Abbrechen</translation>
    </message>
    <message>
        <source>Rename, duplicate or delete this package, or make a term contingent</source>
        <translation>Dieses Paket umbenennen, duplizieren oder löschen oder eine Bedingung bedingt machen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Lock all terms</source>
        <translation>Alle Bedingungen sperren</translation>
    </message>
    <message>
        <source>Unlock all terms</source>
        <translation>Alle Bedingungen entsperren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Our value of this package in points (0–100)</source>
        <translation>Unser Wert dieses Pakets in Punkten (0–100)</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>Pkt.</translation>
    </message>
    <message>
        <source>Name of package {name}</source>
        <translation>Name von Paket {name}</translation>
    </message>
    <message>
        <source>Actions for package {name}</source>
        <translation>Aktionen für Paket {name}</translation>
    </message>
    <message>
        <source>Hold the value of {name}: moving one term moves the others so that its points stay the same (locked terms stay put).</source>
        <translation>Den Wert von {name} halten: Wenn Sie eine Bedingung verschieben, bewegen sich die anderen so, dass die Punkte gleich bleiben (gesperrte Bedingungen bleiben, wo sie sind).</translation>
    </message>
    <message>
        <source>{value:.1f} points; target {target:.1f}, reservation {reservation:.1f}</source>
        <translation>{value:.1f} Punkte; Ziel {target:.1f}, Reservationswert {reservation:.1f}</translation>
    </message>
    <message>
        <source>Part of the MESO set {set}: {packages}, offered together</source>
        <translation>Teil des MESO-Sets {set}: {packages}, gemeinsam angeboten</translation>
    </message>
    <message>
        <source>{name} — double-click (or F2) to rename</source>
        <translation>{name} – Doppelklick (oder F2) zum Umbenennen</translation>
    </message>
    <message>
        <source>Not renamed: {error}</source>
        <translation>Nicht umbenannt: {error}</translation>
    </message>
    <message>
        <source>Show the cards of {set}</source>
        <translation>Karten von {set} zeigen</translation>
    </message>
    <message>
        <source>Fold {set} away</source>
        <translation>{set} einklappen</translation>
    </message>
    <message>
        <source>Bring {set} back from the archive</source>
        <translation>{set} aus dem Archiv zurückholen</translation>
    </message>
    <message>
        <source>Archive {set}: hide it from this panel (it stays in the plan and the rounds)</source>
        <translation>{set} archivieren: in diesem Bereich ausblenden (bleibt im Plan und in den Runden)</translation>
    </message>
    <message>
        <source>aspiration</source>
        <comment>level of a MESO set</comment>
        <translation>Anspruchsniveau</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>{set} at {level}: {packages}</source>
        <translation>{set} bei {level}: {packages}</translation>
    </message>
    <message>
        <source>Add a package with default terms</source>
        <translation>Ein Paket mit Standardbedingungen hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate the selected package</source>
        <translation>Das gewählte Paket duplizieren</translation>
    </message>
    <message>
        <source>Delete the selected package (undo brings it back)</source>
        <translation>Das gewählte Paket löschen (Rückgängig holt es zurück)</translation>
    </message>
    <message>
        <source>Generate MESOs…</source>
        <translation>MESOs erzeugen…</translation>
    </message>
    <message>
        <source>Propose two or three packages worth the same to you, each conceding on a different issue</source>
        <translation>Zwei oder drei Pakete vorschlagen, die Ihnen gleich viel wert sind und jeweils bei einem anderen Verhandlungspunkt nachgeben</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Compare chosen packages side by side: terms that differ in bold, with each one&apos;s points and status</source>
        <translation>Gewählte Pakete nebeneinander vergleichen: abweichende Bedingungen fett, mit Punkten und Status</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Show the archived MESO sets again</source>
        <translation>Die archivierten MESO-Sets wieder zeigen</translation>
    </message>
    <message>
        <source>The plan&apos;s packages side by side; Tab moves from card to card</source>
        <translation>Die Pakete des Plans nebeneinander; Tab wechselt von Karte zu Karte</translation>
    </message>
    <message>
        <source>No packages yet. Add one, or generate a MESO set.</source>
        <translation>Noch keine Pakete. Fügen Sie eines hinzu oder erzeugen Sie ein MESO-Set.</translation>
    </message>
    <message>
        <source>Aspiration {aspiration:.1f} · Reservation {reservation:.1f}</source>
        <translation>Anspruchsniveau {aspiration:.1f} · Reservationswert {reservation:.1f}</translation>
    </message>
    <message>
        <source>Each bar shows the package&apos;s points; the dark tick marks its target level (aspiration or its MESO set&apos;s level), the red tick your reservation value.</source>
        <translation>Jeder Balken zeigt die Punkte des Pakets; die dunkle Marke zeigt sein Zielniveau (Anspruchsniveau oder Niveau seines MESO-Sets), die rote Marke Ihren Reservationswert.</translation>
    </message>
    <message>
        <source>Archived ({n})</source>
        <translation>Archiviert ({n})</translation>
    </message>
    <message>
        <source>Archive {set}</source>
        <translation>{set} archivieren</translation>
    </message>
    <message>
        <source>Restore {set}</source>
        <translation>{set} wiederherstellen</translation>
    </message>
    <message>
        <source>Change {issue} of {package}</source>
        <translation>{issue} von {package} ändern</translation>
    </message>
    <message>
        <source>Unlock {issue} of {package}</source>
        <translation>{issue} von {package} entsperren</translation>
    </message>
    <message>
        <source>Lock all terms of {package}</source>
        <translation>Alle Bedingungen von {package} sperren</translation>
    </message>
    <message>
        <source>Unlock all terms of {package}</source>
        <translation>Alle Bedingungen von {package} entsperren</translation>
    </message>
    <message>
        <source>Add package {name}</source>
        <translation>Paket {name} hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate {name}</source>
        <translation>{name} duplizieren</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>{old} in {new} umbenennen</translation>
    </message>
    <message>
        <source>Generate MESOs ({packages})</source>
        <translation>MESOs erzeugen ({packages})</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>quote import button</comment>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Preisangebot</translation>
    </message>
    <message>
        <source>{file}: 1 problem — fix the file and import it again; nothing is added.</source>
        <translation>{file}: 1 Problem — korrigieren Sie die Datei und importieren Sie sie erneut; nichts wird hinzugefügt.</translation>
    </message>
    <message>
        <source>{file}: {count} problems — fix the file and import it again; nothing is added.</source>
        <translation>{file}: {count} Probleme — korrigieren Sie die Datei und importieren Sie sie erneut; nichts wird hinzugefügt.</translation>
    </message>
    <message>
        <source>{file}: 1 quote; Import adds each as a package. Columns: {columns}.</source>
        <translation>{file}: 1 Preisangebot; Importieren fügt es als Paket hinzu. Spalten: {columns}.</translation>
    </message>
    <message>
        <source>{file}: {count} quotes; Import adds each as a package. Columns: {columns}.</source>
        <translation>{file}: {count} Preisangebote; Importieren fügt jedes als Paket hinzu. Spalten: {columns}.</translation>
    </message>
    <message>
        <source>{file}: 1 quote; Import adds each as a package.</source>
        <translation>{file}: 1 Preisangebot; Importieren fügt es als Paket hinzu.</translation>
    </message>
    <message>
        <source>{file}: {count} quotes; Import adds each as a package.</source>
        <translation>{file}: {count} Preisangebote; Importieren fügt jedes als Paket hinzu.</translation>
    </message>
    <message>
        <source>Import 1 Quote</source>
        <translation>1 Preisangebot importieren</translation>
    </message>
    <message>
        <source>Import {count} Quotes</source>
        <translation>{count} Preisangebote importieren</translation>
    </message>
    <message>
        <source>Import 1 quote from {file}</source>
        <translation>1 Preisangebot aus {file} importieren</translation>
    </message>
    <message>
        <source>Import {count} quotes from {file}</source>
        <translation>{count} Preisangebote aus {file} importieren</translation>
    </message>
    <message>
        <source>Best offer</source>
        <extracomment>the rows of the table: (key, label, tooltip); label and tooltip shown through tr()</extracomment>
        <translation>Bestes Angebot</translation>
    </message>
    <message>
        <source>The best offer we hold from this supplier (acceptable offers only): where from</source>
        <translation>Das beste Angebot, das uns von diesem Lieferanten vorliegt (nur akzeptable Angebote): woher</translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>Kernbedingungen</translation>
    </message>
    <message>
        <source>The best offer&apos;s terms</source>
        <translation>Die Bedingungen des besten Angebots</translation>
    </message>
    <message>
        <source>What the best offer is worth to us</source>
        <translation>Was uns das beste Angebot wert ist</translation>
    </message>
    <message>
        <source>Total cost</source>
        <extracomment>the row of each package&apos;s total cost, under its points (only when the plan has a cost model)
----------
Per option, who must sign it off and who objects, and why (docs/approvals.md). Who signs what: (party, one cell per option) for our approvers and their constituencies. The estimate the waste is measured under (&quot;opposed-interests prior&quot;, &quot;estimate&quot;). The contingent clauses of the options, in card order (empty when every term is fixed). The language the briefing is written in (the plan&apos;s); None: the language being spoken.</extracomment>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>The best offer&apos;s total cost (the plan&apos;s cost model)</source>
        <translation>Die Gesamtkosten des besten Angebots (das Kostenmodell des Plans)</translation>
    </message>
    <message>
        <source>Our BATNA</source>
        <translation>Unsere BATNA</translation>
    </message>
    <message>
        <source>Our best alternative to this supplier: the best offer held from the others (or the outside option)</source>
        <translation>Unsere beste Alternative zu diesem Lieferanten: das beste Angebot der anderen (oder die externe Option)</translation>
    </message>
    <message>
        <source>Their priorities</source>
        <translation>Prioritäten der Gegenseite</translation>
    </message>
    <message>
        <source>Our estimate of what matters most to them (from their reactions)</source>
        <translation>Unsere Schätzung, was der Gegenseite am wichtigsten ist (aus ihren Reaktionen)</translation>
    </message>
    <message>
        <source>The zone of possible agreement with this supplier, in words (estimated)</source>
        <translation>Der Einigungsbereich mit diesem Lieferanten, in Worten (geschätzt)</translation>
    </message>
    <message>
        <source>Left to try</source>
        <translation>Noch zu versuchen</translation>
    </message>
    <message>
        <source>The next MESO set for this supplier</source>
        <translation>Das nächste MESO-Set für diesen Lieferanten</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Who would sign the best offer off, who would object</source>
        <translation>Wer das beste Angebot freigeben würde, wer widersprechen würde</translation>
    </message>
    <message>
        <source>Best offer (points)</source>
        <translation>Bestes Angebot (Punkte)</translation>
    </message>
    <message>
        <source>ZOPA width</source>
        <translation>ZOPA-Breite</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>best offer (points)</source>
        <extracomment>the same inside the headline&apos;s sentence (&quot;3 suppliers, by total cost; …&quot;)</extracomment>
        <translation>bestem Angebot (Punkte)</translation>
    </message>
    <message>
        <source>zopa width</source>
        <translation>ZOPA-Breite</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>{n} packages at {level:.1f}</source>
        <translation>{n} Pakete bei {level:.1f}</translation>
    </message>
    <message>
        <source>{n} packages</source>
        <translation>{n} Pakete</translation>
    </message>
    <message>
        <source>no next set</source>
        <translation>kein nächstes Set</translation>
    </message>
    <message>
        <source>estimate, 1 round</source>
        <translation>Schätzung, 1 Runde</translation>
    </message>
    <message>
        <source>estimate, {n} rounds</source>
        <translation>Schätzung, {n} Runden</translation>
    </message>
    <message>
        <source>our prior: no rounds yet</source>
        <translation>unsere Annahme: noch keine Runden</translation>
    </message>
    <message>
        <source>none held</source>
        <translation>keines vorliegend</translation>
    </message>
    <message>
        <source>no approvers</source>
        <translation>keine Freigeber</translation>
    </message>
    <message>
        <source>Sort by</source>
        <extracomment>the user picked the split&apos;s suppliers (else: the two best offers)</extracomment>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Sort suppliers by</source>
        <translation>Lieferanten sortieren nach</translation>
    </message>
    <message>
        <source>The order of the suppliers, left to right</source>
        <translation>Die Reihenfolge der Lieferanten, von links nach rechts</translation>
    </message>
    <message>
        <source>Suppliers side by side</source>
        <translation>Lieferanten nebeneinander</translation>
    </message>
    <message>
        <source>&lt;b&gt;Split award&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufteilung des Auftrags&lt;/b&gt;</translation>
    </message>
    <message>
        <source>First supplier of the split</source>
        <translation>Erster Lieferant der Aufteilung</translation>
    </message>
    <message>
        <source>Second supplier of the split</source>
        <translation>Zweiter Lieferant der Aufteilung</translation>
    </message>
    <message>
        <source>and</source>
        <comment>first supplier and second supplier</comment>
        <translation>und</translation>
    </message>
    <message>
        <source>of</source>
        <comment>a split of N units</comment>
        <translation>von</translation>
    </message>
    <message>
        <source>Units to split</source>
        <translation>Aufzuteilende Menge</translation>
    </message>
    <message>
        <source>The units to split between the two; at the left end: the volume of the best single award&apos;s offer</source>
        <translation>Die zwischen beiden aufzuteilende Menge; ganz links: die Menge im Angebot der besten Einzelvergabe</translation>
    </message>
    <message>
        <source>as offered</source>
        <translation>wie angeboten</translation>
    </message>
    <message>
        <source>Share of the first supplier (%)</source>
        <translation>Anteil des ersten Lieferanten (%)</translation>
    </message>
    <message>
        <source>Split award: total cost against the share of the first supplier</source>
        <translation>Aufteilung des Auftrags: Gesamtkosten über dem Anteil des ersten Lieferanten</translation>
    </message>
    <message>
        <source>Split award: our points against the share of the first supplier</source>
        <translation>Aufteilung des Auftrags: unsere Punkte über dem Anteil des ersten Lieferanten</translation>
    </message>
    <message>
        <source>Assumptions of the split award</source>
        <translation>Annahmen der Aufteilung des Auftrags</translation>
    </message>
    <message>
        <source>Comparing the suppliers…</source>
        <translation>Die Lieferanten werden verglichen…</translation>
    </message>
    <message>
        <source>A split needs two suppliers: this plan has one.</source>
        <translation>Eine Aufteilung braucht zwei Lieferanten: Dieser Plan hat einen.</translation>
    </message>
    <message>
        <source>Choose two different suppliers.</source>
        <translation>Wählen Sie zwei verschiedene Lieferanten.</translation>
    </message>
    <message>
        <source>Computing the split…</source>
        <translation>Die Aufteilung wird berechnet…</translation>
    </message>
    <message>
        <source>Could not compare the suppliers: {error}</source>
        <translation>Die Lieferanten konnten nicht verglichen werden: {error}</translation>
    </message>
    <message>
        <source>{supplier} — the supplier worked on</source>
        <translation>{supplier} — der aktuell bearbeitete Lieferant</translation>
    </message>
    <message>
        <source>1 supplier, by {order}</source>
        <translation>1 Lieferant, nach {order}</translation>
    </message>
    <message>
        <source>{n} suppliers, by {order}</source>
        <translation>{n} Lieferanten, nach {order}</translation>
    </message>
    <message>
        <source>our BATNA follows the market</source>
        <translation>unsere BATNA folgt dem Markt</translation>
    </message>
    <message>
        <source>our BATNA is the plan&apos;s competing quote</source>
        <translation>unsere BATNA ist das konkurrierende Preisangebot des Plans</translation>
    </message>
    <message>
        <source>INTERNAL: {suppliers}; working on {supplier} (●); {batna}</source>
        <translation>INTERN: {suppliers}; aktuell: {supplier} (●); {batna}</translation>
    </message>
    <message>
        <source>the counterpart</source>
        <translation>die Gegenseite</translation>
    </message>
    <message>
        <source>Working on</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Work on {supplier}: its rounds, estimate and deal (one undo step)</source>
        <translation>{supplier} bearbeiten: seine Runden, Schätzung und Abschluss (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Use as next set</source>
        <translation>Nächstes Set</translation>
    </message>
    <message>
        <source>Switch to {supplier} and add its next MESO set to the plan (one undo step)</source>
        <translation>Zu {supplier} wechseln und sein nächstes MESO-Set dem Plan hinzufügen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>No next set for this supplier</source>
        <translation>Kein nächstes Set für diesen Lieferanten</translation>
    </message>
    <message>
        <source>as offered: {volume}</source>
        <translation>wie angeboten: {volume}</translation>
    </message>
    <message>
        <source>No split: {reason}</source>
        <translation>Keine Aufteilung: {reason}</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>Annahmen:</translation>
    </message>
    <message>
        <source>Share of {supplier} (%)</source>
        <translation>Anteil von {supplier} (%)</translation>
    </message>
    <message>
        <source>Switch to {supplier}</source>
        <translation>Zu {supplier} wechseln</translation>
    </message>
    <message>
        <source>The comparison is being brought up to date: try again in a moment.</source>
        <translation>Der Vergleich wird aktualisiert: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Next MESO set for {supplier}</source>
        <translation>Nächstes MESO-Set für {supplier}</translation>
    </message>
    <message>
        <source>Working on {supplier}: added {packages} as the next set</source>
        <translation>In Bearbeitung: {supplier}; {packages} als nächstes Set hinzugefügt</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <extracomment>the outside option&apos;s entry when no package of the plan has its terms (it stays as it is)</extracomment>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>New supplier&apos;s name</source>
        <translation>Name des neuen Lieferanten</translation>
    </message>
    <message>
        <source>Remove the selected supplier with its rounds and agreement (its quotes stay as packages)</source>
        <translation>Den gewählten Lieferanten mit seinen Runden und seiner Einigung entfernen (seine Preisangebote bleiben als Pakete)</translation>
    </message>
    <message>
        <source>Supplier&apos;s name</source>
        <translation>Name des Lieferanten</translation>
    </message>
    <message>
        <source>Their negotiator</source>
        <translation>Verhandlungsführer der Gegenseite</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Notes on this supplier</source>
        <translation>Notizen zu diesem Lieferanten</translation>
    </message>
    <message>
        <source>Its quotes: the packages that are this supplier&apos;s offers</source>
        <translation>Seine Preisangebote: die Pakete, die Angebote dieses Lieferanten sind</translation>
    </message>
    <message>
        <source>Our BATNA follows the market: the best offer held from the other suppliers</source>
        <translation>Unsere BATNA folgt dem Markt: das beste Angebot der anderen Lieferanten</translation>
    </message>
    <message>
        <source>Outside option</source>
        <translation>Externe Option</translation>
    </message>
    <message>
        <source>An alternative outside these suppliers (a catalogue price, another quote): it counts as an offer against every supplier</source>
        <translation>Eine Alternative außerhalb dieser Lieferanten (ein Katalogpreis, ein anderes Preisangebot), die als Angebot gegenüber jedem Lieferanten zählt</translation>
    </message>
    <message>
        <source>The selected supplier</source>
        <translation>Der gewählte Lieferant</translation>
    </message>
    <message>
        <source>Negotiator</source>
        <translation>Verhandlungsführer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Its quotes</source>
        <translation>Seine Preisangebote</translation>
    </message>
    <message>
        <source>{supplier} — worked on</source>
        <translation>{supplier} — in Bearbeitung</translation>
    </message>
    <message>
        <source>its own terms, worth {points:.1f} points (no package of the plan)</source>
        <translation>eigene Bedingungen, {points:.1f} Punkte wert (kein Paket des Plans)</translation>
    </message>
    <message>
        <source>{package} ({supplier}&apos;s)</source>
        <translation>{package} (von {supplier})</translation>
    </message>
    <message>
        <source>A quote of {supplier}: ticking it moves it to this supplier</source>
        <translation>Ein Angebot von {supplier}: Ankreuzen verschiebt es zu diesem Lieferanten</translation>
    </message>
    <message>
        <source>{message} Cancel keeps it.</source>
        <translation>{message} Abbrechen behält ihn.</translation>
    </message>
    <message>
        <source>Edit suppliers</source>
        <translation>Lieferanten bearbeiten</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Lieferant:</translation>
    </message>
    <message>
        <source>Supplier worked on</source>
        <translation>Bearbeiteter Lieferant</translation>
    </message>
    <message>
        <source>The supplier you are working on: its rounds, estimate, deal and cards. Switch here or with Ctrl+Shift+K (Negotiation ▸ Next Supplier)</source>
        <translation>Der Lieferant, den Sie bearbeiten: seine Runden, Schätzung, Abschluss und Karten. Wechseln Sie hier oder mit Strg+Umschalt+K (Verhandlung ▸ Nächster Lieferant)</translation>
    </message>
    <message>
        <source>(unnamed supplier)</source>
        <translation>(unbenannter Lieferant)</translation>
    </message>
    <message>
        <source>Add supplier…</source>
        <translation>Lieferant hinzufügen…</translation>
    </message>
    <message>
        <source>Manage suppliers…</source>
        <translation>Lieferanten verwalten…</translation>
    </message>
    <message>
        <source>the first</source>
        <extracomment>a named term that is refused: the box framed in red (as the counter-offer&apos;s terms), the reason beside it</extracomment>
        <translation>das erste</translation>
    </message>
    <message>
        <source>the second</source>
        <translation>das zweite</translation>
    </message>
    <message>
        <source>about equal</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>Ask me — set the weights by comparing packages</source>
        <extracomment>the band the session starts from when &quot;near my weights&quot; is ticked</extracomment>
        <translation>Fragen Sie mich — Gewichte durch Vergleich von Paketen festlegen</translation>
    </message>
    <message>
        <source>Which of the two would you rather have? Everything else is the same in both. At most {count} questions; it stops earlier once every weight is pinned within ± {band:g} points.</source>
        <extracomment>the session whose weights were applied last (closing then loses nothing) the answer controls had the focus when the next question was asked for</extracomment>
        <translation>Welches der beiden hätten Sie lieber? Alles andere ist bei beiden gleich. Höchstens {count} Fragen; es endet früher, sobald jedes Gewicht auf ± {band:g} Punkte festgelegt ist.</translation>
    </message>
    <message>
        <source>Start near my current weights (± {band:g} points)</source>
        <translation>Nahe meinen aktuellen Gewichten beginnen (± {band:g} Punkte)</translation>
    </message>
    <message>
        <source>Untick to start from scratch: any weights are possible at first.</source>
        <translation>Haken entfernen, um von vorn zu beginnen: Anfangs sind alle Gewichte möglich.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Forget the answers and ask from the start, about the plan as it is now</source>
        <translation>Die Antworten verwerfen und von vorn fragen, zum Plan, wie er jetzt ist</translation>
    </message>
    <message>
        <source>About equal</source>
        <translation>Etwa gleich</translation>
    </message>
    <message>
        <source>You would rather have the first package</source>
        <translation>Sie hätten lieber das erste Paket</translation>
    </message>
    <message>
        <source>You would rather have the second package</source>
        <translation>Sie hätten lieber das zweite Paket</translation>
    </message>
    <message>
        <source>The two packages are worth about the same to you</source>
        <translation>Beide Pakete sind Ihnen etwa gleich viel wert</translation>
    </message>
    <message>
        <source>Equal at this</source>
        <translation>Gleich bei diesem Wert</translation>
    </message>
    <message>
        <source>The two packages are worth the same to you with this term in the second: one answer that pins the weights much more than a choice</source>
        <translation>Mit diesem Wert im zweiten sind Ihnen beide Pakete gleich viel wert: eine Antwort, die die Gewichte viel genauer festlegt als eine Wahl</translation>
    </message>
    <message>
        <source>Your answers (select one to change it):</source>
        <translation>Ihre Antworten (zum Ändern eine auswählen):</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message>
        <source>Every answer so far; select one to change or remove it</source>
        <translation>Alle bisherigen Antworten; wählen Sie eine aus, um sie zu ändern oder zu entfernen</translation>
    </message>
    <message>
        <source>worth the same with…</source>
        <translation>gleich viel wert mit…</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Neue Antwort</translation>
    </message>
    <message>
        <source>The answer that Change answer gives the selected question</source>
        <translation>Die Antwort, die „Antwort ändern“ der ausgewählten Frage gibt</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>Antwort ändern</translation>
    </message>
    <message>
        <source>Give the selected question the answer chosen on the left</source>
        <translation>Der ausgewählten Frage die links gewählte Antwort geben</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>an answer</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Forget the selected answer</source>
        <translation>Die ausgewählte Antwort verwerfen</translation>
    </message>
    <message>
        <source>Weights found</source>
        <translation>Gefundene Gewichte</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>weights</comment>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Found</source>
        <comment>weights</comment>
        <translation>Ermittelt</translation>
    </message>
    <message>
        <source>Range</source>
        <comment>weights</comment>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>Now: the plan&apos;s weights; Found: the weights your answers point to; Range: where 95 % of the weights that agree with your answers lie.</source>
        <translation>Jetzt: die Gewichte des Plans; Ermittelt: die Gewichte, auf die Ihre Antworten hindeuten; Spanne: wo 95 % der Gewichte liegen, die zu Ihren Antworten passen.</translation>
    </message>
    <message>
        <source>Apply weights</source>
        <translation>Gewichte übernehmen</translation>
    </message>
    <message>
        <source>Set the weights found (one undo step)</source>
        <translation>Die ermittelten Gewichte setzen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Thinking of the next question…</source>
        <translation>Die nächste Frage wird gesucht…</translation>
    </message>
    <message>
        <source>Forget every answer so far and start again?</source>
        <translation>Alle bisherigen Antworten verwerfen und neu beginnen?</translation>
    </message>
    <message>
        <source>The questions start again from the plan as it is now.</source>
        <translation>Die Fragen beginnen von vorn, zum Plan, wie er jetzt ist.</translation>
    </message>
    <message>
        <source>{issue} that makes them equal</source>
        <translation>{issue}, bei dem beide gleich viel wert sind</translation>
    </message>
    <message>
        <source>The term of the second package at which both are worth the same to you</source>
        <translation>Der Wert im zweiten Paket, bei dem Ihnen beide gleich viel wert sind</translation>
    </message>
    <message>
        <source>Or, if you can say it: the second would be worth the same to you with {issue}</source>
        <translation>Oder, wenn Sie es sagen können: das zweite wäre Ihnen gleich viel wert mit {issue}</translation>
    </message>
    <message>
        <source>Could not ask: {reason}</source>
        <translation>Keine Frage möglich: {reason}</translation>
    </message>
    <message>
        <source>The issues changed since these questions began: start again to ask about them as they are now.</source>
        <translation>Die Verhandlungspunkte haben sich seit Beginn dieser Fragen geändert: Beginnen Sie neu, um nach ihrem jetzigen Stand zu fragen.</translation>
    </message>
    <message>
        <source>Which would you rather have?</source>
        <translation>Was hätten Sie lieber?</translation>
    </message>
    <message>
        <source>Some answers cannot all be true — change or remove one of them below.</source>
        <translation>Einige Antworten können nicht alle zutreffen — ändern oder entfernen Sie unten eine davon.</translation>
    </message>
    <message>
        <source>Close without applying the weights from your answers?</source>
        <translation>Schließen, ohne die Gewichte aus Ihren Antworten zu übernehmen?</translation>
    </message>
    <message>
        <source>Your answers are forgotten when the dialog closes. Apply weights sets the weights they point to.</source>
        <translation>Ihre Antworten gehen verloren, wenn der Dialog schließt. „Gewichte übernehmen“ setzt die Gewichte, auf die sie hindeuten.</translation>
    </message>
    <message>
        <source>Done: your weights are pinned down.</source>
        <extracomment>offer matching questions (the buyer may name the term that makes two packages equal)</extracomment>
        <translation>Fertig: Ihre Gewichte sind festgelegt.</translation>
    </message>
    <message>
        <source>{count} answered · every weight within ± {band:.1f} points</source>
        <translation>{count} beantwortet · jedes Gewicht auf ± {band:.1f} Punkte genau</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Noch keine Antworten.</translation>
    </message>
    <message>
        <source>{count} answered · they cannot all be true</source>
        <translation>{count} beantwortet · sie können nicht alle zutreffen</translation>
    </message>
    <message>
        <source>Q{number}. {first} — or {second}? — {answer}  ⚠ conflicts</source>
        <translation>F{number}. {first} — oder {second}? — {answer}  ⚠ Widerspruch</translation>
    </message>
    <message>
        <source>Q{number}. {first} — or {second}? — {answer}</source>
        <translation>F{number}. {first} — oder {second}? — {answer}</translation>
    </message>
    <message>
        <source>worth the same, you said</source>
        <translation>gleich viel wert, sagten Sie</translation>
    </message>
    <message>
        <source>worth the same with {term}, you said</source>
        <translation>gleich viel wert mit {term}, sagten Sie</translation>
    </message>
    <message>
        <source>{first} with {second}</source>
        <comment>two terms of a package</comment>
        <translation>{first} mit {second}</translation>
    </message>
    <message>
        <source>The package the question starts from.</source>
        <translation>Das Paket, von dem die Frage ausgeht.</translation>
    </message>
    <message>
        <source>The issue to weigh against the yardstick.</source>
        <translation>Der Verhandlungspunkt, der gegen den Maßstab abgewogen wird.</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Ask about the next issue.</source>
        <translation>Nach dem nächsten Verhandlungspunkt fragen.</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>Ausgehend von</translation>
    </message>
    <message>
        <source>Ask about</source>
        <translation>Fragen nach</translation>
    </message>
    <message>
        <source>Yes, the same</source>
        <translation>Ja, gleich viel</translation>
    </message>
    <message>
        <source>Worth more</source>
        <translation>Mehr wert</translation>
    </message>
    <message>
        <source>Worth less</source>
        <translation>Weniger wert</translation>
    </message>
    <message>
        <source>It is worth as much as</source>
        <translation>Es ist so viel wert wie</translation>
    </message>
    <message>
        <source>What the change is worth to you on the yardstick; the suggestion follows it.</source>
        <translation>Was Ihnen die Änderung auf dem Maßstab wert ist; der Vorschlag folgt diesem Wert.</translation>
    </message>
    <message>
        <source>Adjust weights</source>
        <translation>Gewichte anpassen</translation>
    </message>
    <message>
        <source>Apply the suggested weights (one undo step).</source>
        <translation>Die vorgeschlagenen Gewichte übernehmen (ein Rückgängig-Schritt).</translation>
    </message>
    <message>
        <source>No question to ask: {reason}.</source>
        <translation>Keine Frage möglich: {reason}.</translation>
    </message>
    <message>
        <source>{change} is worth more to you than {yardstick}.</source>
        <translation>{change} ist Ihnen mehr wert als {yardstick}.</translation>
    </message>
    <message>
        <source>{change} is worth less to you than {yardstick}.</source>
        <translation>{change} ist Ihnen weniger wert als {yardstick}.</translation>
    </message>
    <message>
        <source>The two are worth about the same to you.</source>
        <translation>Beides ist Ihnen etwa gleich viel wert.</translation>
    </message>
    <message>
        <source>Agrees with your weights</source>
        <translation>Stimmt mit Ihren Gewichten überein</translation>
    </message>
    <message>
        <source>Disagrees with your weights</source>
        <translation>Widerspricht Ihren Gewichten</translation>
    </message>
    <message>
        <source>our points</source>
        <extracomment>crossings listed under the plot, the nearest first</extracomment>
        <translation>unsere Punkte</translation>
    </message>
    <message>
        <source>Select a package to see how its value depends on the weights.</source>
        <translation>Wählen Sie ein Paket, um zu sehen, wie sein Wert von den Gewichten abhängt.</translation>
    </message>
    <message>
        <source>{name}: its value as each weight moves, the others keeping their proportions — {where}. Dark bar: the value rises with the weight; light: it falls. Red line: reservation; dark line: target; dotted: now. Nearest crossings:</source>
        <translation>{name}: sein Wert, wenn sich jedes Gewicht bewegt und die anderen ihr Verhältnis behalten — {where}. Dunkler Balken: Der Wert steigt mit dem Gewicht; heller: er fällt. Rote Linie: Reservationswert; dunkle Linie: Ziel; gepunktet: jetzt. Nächste Übergänge:</translation>
    </message>
    <message>
        <source>Its MESO set: {sentence}</source>
        <translation>Sein MESO-Set: {sentence}</translation>
    </message>
    <message>
        <source>No weight, anywhere from 0 to 100 %, would move it across the reservation or the target.</source>
        <translation>Kein Gewicht zwischen 0 und 100 % würde es über den Reservationswert oder das Ziel bewegen.</translation>
    </message>
    <message>
        <source>Imagine every issue at its worst. Which swing to its best would you take first? Put the swings in that order, give the first 100 points and every other swing the points it is worth next to the first. The weights follow from the points.</source>
        <translation>Stellen Sie sich jeden Verhandlungspunkt im schlechtesten Fall vor. Welchen Sprung zum besten Fall würden Sie zuerst nehmen? Ordnen Sie die Sprünge so, geben Sie dem ersten 100 Punkte und jedem anderen so viele Punkte, wie er neben dem ersten wert ist. Die Gewichte ergeben sich aus den Punkten.</translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>swing weights</comment>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Start again from the current weights.</source>
        <translation>Von den aktuellen Gewichten aus neu beginnen.</translation>
    </message>
    <message>
        <source>Apply swing weights</source>
        <translation>Swing-Gewichte übernehmen</translation>
    </message>
    <message>
        <source>Replace all weights with the normalised swing points (one undo step; weight locks do not apply here).</source>
        <translation>Alle Gewichte durch die normierten Swing-Punkte ersetzen (ein Rückgängig-Schritt; Gewichtssperren gelten hier nicht).</translation>
    </message>
    <message>
        <source>From the worst to the best {issue}: {swing}</source>
        <translation>Vom schlechtesten zum besten Wert bei {issue}: {swing}</translation>
    </message>
    <message>
        <source>Swing points of {issue}</source>
        <translation>Swing-Punkte von {issue}</translation>
    </message>
    <message>
        <source>The first swing is the yardstick: 100 points.</source>
        <translation>Der erste Sprung ist der Maßstab: 100 Punkte.</translation>
    </message>
    <message>
        <source>Every option of this issue is worth the same: it has no swing.</source>
        <translation>Jede Option dieses Verhandlungspunkts ist gleich viel wert: Es gibt keinen Sprung.</translation>
    </message>
    <message>
        <source>How much the {issue} swing is worth next to the first (100).</source>
        <translation>Wie viel der Sprung bei {issue} neben dem ersten (100) wert ist.</translation>
    </message>
    <message>
        <source>The weight these points give.</source>
        <translation>Das Gewicht, das sich aus diesen Punkten ergibt.</translation>
    </message>
    <message>
        <source>Rank the {issue} swing higher</source>
        <translation>Sprung bei {issue} höher einstufen</translation>
    </message>
    <message>
        <source>Rank the {issue} swing lower</source>
        <translation>Sprung bei {issue} niedriger einstufen</translation>
    </message>
    <message>
        <source>Weight of {issue}</source>
        <extracomment>slider resolution: 0.1 percentage point</extracomment>
        <translation>Gewicht von {issue}</translation>
    </message>
    <message>
        <source>Weight of {issue} in percent</source>
        <translation>Gewicht von {issue} in Prozent</translation>
    </message>
    <message>
        <source>Lock the weight of {issue}</source>
        <translation>Gewicht von {issue} sperren</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>sum of the weights</comment>
        <translation>Summe</translation>
    </message>
    <message>
        <source>The weights always add up to 100 %.</source>
        <translation>Die Gewichte ergeben immer zusammen 100 %.</translation>
    </message>
    <message>
        <source>Raw importance (any numbers, shown as %)</source>
        <translation>Rohe Wichtigkeit (beliebige Zahlen, als % gezeigt)</translation>
    </message>
    <message>
        <source>Type any positive numbers for how much each issue matters; they are normalised to percentages on the fly.</source>
        <translation>Geben Sie beliebige positive Zahlen ein, wie wichtig jeder Verhandlungspunkt ist; sie werden laufend auf Prozent normiert.</translation>
    </message>
    <message>
        <source>A typed weight stays as typed; the unlocked weights you have not typed make room so the total stays 100 %. Lock a weight to keep it where it is.</source>
        <translation>Ein eingegebenes Gewicht bleibt wie eingegeben; die nicht gesperrten, nicht eingegebenen Gewichte machen Platz, damit die Summe 100 % bleibt. Sperren Sie ein Gewicht, um es festzuhalten.</translation>
    </message>
    <message>
        <source>Ask me…</source>
        <translation>Fragen Sie mich…</translation>
    </message>
    <message>
        <source>Set the weights by answering a few questions between two packages</source>
        <translation>Die Gewichte festlegen, indem Sie einige Fragen zwischen zwei Paketen beantworten</translation>
    </message>
    <message>
        <source>Unsure by ±</source>
        <translation>Unsicher um ±</translation>
    </message>
    <message>
        <source>Unsure by ± weight points</source>
        <translation>Unsicher um ± Gewichtspunkte</translation>
    </message>
    <message>
        <source>exact</source>
        <comment>weights not unsure</comment>
        <translation>genau</translation>
    </message>
    <message>
        <source>How far any weight may be off; the MESO dialog shows how equal a set stays when the weights move that much, and makes sets that stay equal.</source>
        <translation>Wie weit jedes Gewicht danebenliegen kann; der MESO-Dialog zeigt, wie gleichwertig ein Set bleibt, wenn sich die Gewichte so weit bewegen, und erstellt Sets, die gleichwertig bleiben.</translation>
    </message>
    <message>
        <source>How much {issue} matters to you ({swing}). Drag, or use the arrow keys (one point) and Page Up/Down (five).</source>
        <translation>Wie wichtig Ihnen {issue} ist ({swing}). Ziehen oder die Pfeiltasten (ein Punkt) und Bild auf/ab (fünf) verwenden.</translation>
    </message>
    <message>
        <source>Weight of {issue} in percent; the unlocked others make room.</source>
        <translation>Gewicht von {issue} in Prozent; die anderen, nicht gesperrten machen Platz.</translation>
    </message>
    <message>
        <source>Lock the weight of {issue}: other edits will not move it.</source>
        <translation>Gewicht von {issue} sperren: Andere Änderungen verschieben es nicht.</translation>
    </message>
    <message>
        <source>The weights&apos; ranges come from {source}.</source>
        <translation>Die Spannen der Gewichte stammen aus {source}.</translation>
    </message>
    <message>
        <source>Weights, robustness and sensitivity</source>
        <extracomment>emitted when the set of locked weights changes</extracomment>
        <translation>Gewichtung, Robustheit und Sensitivität</translation>
    </message>
    <message>
        <source>Set the weights, weigh by swings, check a trade-off, see how sure the weights are</source>
        <translation>Gewichte festlegen, nach Sprüngen (Swing) gewichten, eine Abwägung prüfen, sehen, wie sicher die Gewichte sind</translation>
    </message>
    <message>
        <source>Weights</source>
        <comment>weights tab</comment>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Set each weight directly</source>
        <translation>Jedes Gewicht direkt festlegen</translation>
    </message>
    <message>
        <source>Swings</source>
        <translation>Swings</translation>
    </message>
    <message>
        <source>Swing weighting: rank and score the worst→best swings</source>
        <translation>Swing-Gewichtung: die Sprünge vom schlechtesten zum besten Wert ordnen und bewerten</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>weights tab</comment>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the weights with one concrete trade-off</source>
        <translation>Die Gewichte mit einer konkreten Abwägung prüfen</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>How the selected package&apos;s value moves when a weight moves</source>
        <translation>Wie sich der Wert des ausgewählten Pakets ändert, wenn sich ein Gewicht ändert</translation>
    </message>
    <message>
        <source>Go to &amp;Issues</source>
        <extracomment>Ctrl+1 … Ctrl+7: the panels, in the order of the evening: (name in the action&apos;s objectName, menu text, tip, dock)</extracomment>
        <translation>Zu den &amp;Verhandlungspunkten</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Issues panel</source>
        <translation>Den Tastaturfokus in den Bereich Verhandlungspunkte setzen</translation>
    </message>
    <message>
        <source>Go to &amp;Weights</source>
        <translation>Zur Ge&amp;wichtung</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Weights panel</source>
        <translation>Den Tastaturfokus in den Bereich Gewichtung setzen</translation>
    </message>
    <message>
        <source>Go to &amp;Packages</source>
        <translation>Zu den &amp;Paketen</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Packages panel</source>
        <translation>Den Tastaturfokus in den Bereich Pakete setzen</translation>
    </message>
    <message>
        <source>Go to Value &amp;Map</source>
        <translation>Zur Wert&amp;karte</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Value Map panel</source>
        <translation>Den Tastaturfokus in den Bereich Wertkarte setzen</translation>
    </message>
    <message>
        <source>Go to &amp;Counterpart</source>
        <translation>Zur &amp;Gegenseite</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Counterpart panel</source>
        <translation>Den Tastaturfokus in den Bereich Gegenseite setzen</translation>
    </message>
    <message>
        <source>Go to &amp;Outcome</source>
        <translation>Zum &amp;Ergebnis</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Outcome panel</source>
        <translation>Den Tastaturfokus in den Bereich Ergebnis setzen</translation>
    </message>
    <message>
        <source>Go to &amp;Deal</source>
        <translation>Zum &amp;Abschluss</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Deal panel</source>
        <translation>Den Tastaturfokus in den Bereich Abschluss setzen</translation>
    </message>
    <message>
        <source>&amp;Generate MESOs…</source>
        <translation>MESOs &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Make a set of equally good packages to offer (the MESO dialog)</source>
        <translation>Ein Set gleich guter Pakete zum Anbieten erstellen (der MESO-Dialog)</translation>
    </message>
    <message>
        <source>&amp;Record Reaction…</source>
        <translation>Re&amp;aktion erfassen…</translation>
    </message>
    <message>
        <source>Note how they reacted to the packages you offered</source>
        <translation>Festhalten, wie die Gegenseite auf die angebotenen Pakete reagiert hat</translation>
    </message>
    <message>
        <source>&amp;Next MESOs</source>
        <translation>&amp;Nächste MESOs</translation>
    </message>
    <message>
        <source>A new set of offers chosen with what their reactions taught you</source>
        <translation>Ein neues Set von Angeboten, gewählt nach dem, was Sie aus den Reaktionen der Gegenseite gelernt haben</translation>
    </message>
    <message>
        <source>&amp;Compare Packages…</source>
        <translation>Pakete &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Chosen packages side by side, the terms that differ in bold</source>
        <translation>Gewählte Pakete nebeneinander, abweichende Bedingungen fett</translation>
    </message>
    <message>
        <source>&amp;Total Cost…</source>
        <translation>&amp;Gesamtkosten…</translation>
    </message>
    <message>
        <source>What each package costs in all, over the life of the contract</source>
        <translation>Was jedes Paket insgesamt kostet, über die Laufzeit des Vertrags</translation>
    </message>
    <message>
        <source>Record &amp;Agreement…</source>
        <translation>E&amp;inigung erfassen…</translation>
    </message>
    <message>
        <source>Record the agreed package: from a package, an offer or by hand</source>
        <translation>Das vereinbarte Paket erfassen: aus einem Paket, einem Angebot oder von Hand</translation>
    </message>
    <message>
        <source>P&amp;ost-settlement Cards…</source>
        <translation>Karten zur Nac&amp;hverhandlung…</translation>
    </message>
    <message>
        <source>&amp;Debrief…</source>
        <translation>Nachbe&amp;sprechung…</translation>
    </message>
    <message>
        <source>Plan Proper&amp;ties…</source>
        <translation>Plan&amp;eigenschaften…</translation>
    </message>
    <message>
        <source>After the agreement: packages better for both, as cards to offer</source>
        <translation>Nach der Einigung: Pakete, die für beide besser sind, als Karten zum Anbieten</translation>
    </message>
    <message>
        <source>The internal one-page debrief of the negotiation</source>
        <translation>Die interne einseitige Nachbesprechung der Verhandlung</translation>
    </message>
    <message>
        <source>Title, our organisation, the supplier, currency, validity, notes</source>
        <translation>Titel, unsere Organisation, der Lieferant, Währung, Gültigkeit, Notizen</translation>
    </message>
    <message>
        <source>Uncertain &amp;Events…</source>
        <translation>&amp;Unsichere Ereignisse…</translation>
    </message>
    <message>
        <source>The uncertain events contingent terms depend on, with our forecast and theirs</source>
        <translation>Die unsicheren Ereignisse, von denen bedingte Vereinbarungen abhängen, mit unserer Prognose und ihrer</translation>
    </message>
    <message>
        <source>Ris&amp;k and Bets</source>
        <translation>Risi&amp;ko und Wetten</translation>
    </message>
    <message>
        <source>Our spread of points under our forecast and the bet each contingent clause makes (internal)</source>
        <translation>Die Streuung unserer Punkte unter unserer Prognose und die Wette, die jede bedingte Klausel eingeht (intern)</translation>
    </message>
    <message>
        <source>Suppl&amp;iers</source>
        <translation>&amp;Lieferanten</translation>
    </message>
    <message>
        <source>The suppliers side by side: best offers, our BATNA against each, the ZOPA, the next set, split awards (internal)</source>
        <translation>Die Lieferanten nebeneinander: beste Angebote, unsere BATNA gegenüber jedem, die ZOPA, das nächste Set, Aufteilungen des Auftrags (intern)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Supplier</source>
        <translation>Nächster Lie&amp;ferant</translation>
    </message>
    <message>
        <source>Work on the next supplier of this sourcing plan (its rounds, estimate, deal and cards)</source>
        <translation>Am nächsten Lieferanten dieses Beschaffungsplans arbeiten (seine Runden, Schätzung, Abschluss und Karten)</translation>
    </message>
    <message>
        <source>&amp;Manage Suppliers…</source>
        <translation>Lieferanten verwal&amp;ten…</translation>
    </message>
    <message>
        <source>Add, rename or remove suppliers; their contacts, notes and quotes; whether our BATNA follows the market</source>
        <translation>Lieferanten hinzufügen, umbenennen oder entfernen; ihre Kontakte, Notizen und Preisangebote; ob unsere BATNA dem Markt folgt</translation>
    </message>
    <message>
        <source>Add at least two issues first (Prepare)</source>
        <extracomment>the reason each action is disabled when it is (the tooltip says it)</extracomment>
        <translation>Legen Sie zuerst mindestens zwei Verhandlungspunkte an (Vorbereiten)</translation>
    </message>
    <message>
        <source>Offer packages first (Generate MESOs)</source>
        <translation>Bieten Sie zuerst Pakete an (MESOs erzeugen)</translation>
    </message>
    <message>
        <source>The package comparison is not part of this version</source>
        <translation>Der Paketvergleich ist nicht Teil dieser Version</translation>
    </message>
    <message>
        <source>Total cost is not part of this version</source>
        <translation>Die Gesamtkosten sind nicht Teil dieser Version</translation>
    </message>
    <message>
        <source>Add issues first (Prepare)</source>
        <translation>Legen Sie zuerst Verhandlungspunkte an (Vorbereiten)</translation>
    </message>
    <message>
        <source>Record the agreement first; the suggestions follow it</source>
        <translation>Erfassen Sie zuerst die Einigung; die Vorschläge folgen daraus</translation>
    </message>
    <message>
        <source>Plan properties are not part of this version</source>
        <translation>Die Planeigenschaften sind nicht Teil dieser Version</translation>
    </message>
    <message>
        <source>Uncertain events are not part of this version</source>
        <translation>Unsichere Ereignisse sind nicht Teil dieser Version</translation>
    </message>
    <message>
        <source>The risk view is not part of this version</source>
        <translation>Die Risikoansicht ist nicht Teil dieser Version</translation>
    </message>
    <message>
        <source>The supplier comparison is not part of this version</source>
        <translation>Der Lieferantenvergleich ist nicht Teil dieser Version</translation>
    </message>
    <message>
        <source>Add a second supplier first (Negotiation ▸ Manage Suppliers…)</source>
        <translation>Fügen Sie zuerst einen zweiten Lieferanten hinzu (Verhandlung ▸ Lieferanten verwalten…)</translation>
    </message>
    <message>
        <source>No post-settlement packages to offer yet: the search for packages better for both sides is still running, or found none (see the Deal panel).</source>
        <translation>Noch keine Pakete zur Nachverhandlung: Die Suche nach Paketen, die für beide Seiten besser sind, läuft noch oder hat keine gefunden (siehe Bereich Abschluss).</translation>
    </message>
    <message>
        <source>Risk and Bets</source>
        <translation>Risiko und Wetten</translation>
    </message>
    <message>
        <source>INTERNAL: our spread of points under our forecast, and the bets of the contingent clauses</source>
        <translation>INTERN: die Streuung unserer Punkte unter unserer Prognose und die Wetten der bedingten Klauseln</translation>
    </message>
    <message>
        <source>INTERNAL: the suppliers side by side — best offers, our BATNA against each, the ZOPA, what is left to try — and split awards</source>
        <translation>INTERN: die Lieferanten nebeneinander — beste Angebote, unsere BATNA gegenüber jedem, die ZOPA, was noch zu versuchen bleibt — und Aufteilungen des Auftrags</translation>
    </message>
    <message>
        <source>Prepare</source>
        <extracomment>Bump when the dock layout changes incompatibly (old saved states are then ignored). the name shown (marked for the catalogue; shown as ``tr(title)``) attribute names of the window&apos;s docks shown by default (the first: the main panel, which takes the keyboard focus when the workspace is switched to) its entry in View, with an Alt letter of its own there (the toolbar button shows ``title``) the value map (the central widget) shown</extracomment>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Before the meeting: the issues, our value curves and how much each issue matters</source>
        <translation>Vor dem Treffen: die Verhandlungspunkte, unsere Wertkurven und wie wichtig jeder Verhandlungspunkt ist</translation>
    </message>
    <message>
        <source>Pr&amp;epare</source>
        <translation>V&amp;orbereiten</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Build the packages to offer: the value map and the packages side by side</source>
        <translation>Die Pakete zum Anbieten bauen: die Wertkarte und die Pakete nebeneinander</translation>
    </message>
    <message>
        <source>O&amp;ffers</source>
        <translation>A&amp;ngebote</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Im Raum</translation>
    </message>
    <message>
        <source>At the table: record their reactions, read the estimate, make the next set of offers</source>
        <translation>Am Tisch: ihre Reaktionen erfassen, die Schätzung lesen, das nächste Set von Angeboten machen</translation>
    </message>
    <message>
        <source>In t&amp;he room</source>
        <translation>&amp;Im Raum</translation>
    </message>
    <message>
        <source>Close the deal: walk-aways, the agreement, post-settlement offers and the debrief</source>
        <translation>Den Abschluss machen: Ausstiegspunkte, die Einigung, Angebote zur Nachverhandlung und die Nachbesprechung</translation>
    </message>
    <message>
        <source>De&amp;al</source>
        <translation>Abs&amp;chluss</translation>
    </message>
    <message>
        <source>{workspace} ({key}): {tip}</source>
        <comment>workspace button</comment>
        <extracomment>the workspace each panel belongs to first (where &quot;Go to …&quot; looks for it) the arrangement of each workspace visited (or restored from the settings) workspaces whose panels the user has moved or resized: a resized window keeps their sizes; the others are shared out again for the new size (:meth:`window_resized`) the last switch wants the keyboard focus in the workspace&apos;s main panel (:meth:`switch`)</extracomment>
        <translation>{workspace} ({key}): {tip}</translation>
    </message>
    <message>
        <source>no set at {level:.1f} points that {approvers} accepts ({conditions})</source>
        <extracomment>Points a set&apos;s packages may lie from the level at most (the engine&apos;s widest tolerance).</extracomment>
        <translation>kein Set bei {level:.1f} Punkten, das {approvers} akzeptiert ({conditions})</translation>
    </message>
    <message>
        <source>no set at {level:.1f} points that {approvers} accept ({conditions})</source>
        <translation>kein Set bei {level:.1f} Punkten, das {approvers} akzeptieren ({conditions})</translation>
    </message>
    <message>
        <source>no acceptable package</source>
        <translation>kein akzeptables Paket</translation>
    </message>
    <message>
        <source>at most {points:.1f}</source>
        <translation>höchstens {points:.1f}</translation>
    </message>
    <message>
        <source>at least {points:.1f}</source>
        <translation>mindestens {points:.1f}</translation>
    </message>
    <message>
        <source>no set at {level:.1f} points that {approvers} accepts: {conditions} leaves {result}</source>
        <translation>kein Set bei {level:.1f} Punkten, das {approvers} akzeptiert: {conditions} lässt {result}</translation>
    </message>
    <message>
        <source>no set at {level:.1f} points that {approvers} accepts: {conditions} leave {result}</source>
        <translation>kein Set bei {level:.1f} Punkten, das {approvers} akzeptiert: {conditions} lassen {result}</translation>
    </message>
    <message>
        <source>no set at {level:.1f} points that {approvers} accept: {conditions} leaves {result}</source>
        <translation>kein Set bei {level:.1f} Punkten, das {approvers} akzeptieren: {conditions} lässt {result}</translation>
    </message>
    <message>
        <source>no set at {level:.1f} points that {approvers} accept: {conditions} leave {result}</source>
        <translation>kein Set bei {level:.1f} Punkten, das {approvers} akzeptieren: {conditions} lassen {result}</translation>
    </message>
    <message>
        <source>; the nearest level with a set is about {level:.1f}</source>
        <translation>; das nächste Niveau mit einem Set liegt bei etwa {level:.1f}</translation>
    </message>
    <message>
        <source>; the nearest level that has one is {level:.1f}.</source>
        <translation>; das nächste Niveau, das eines hat, ist {level:.1f}.</translation>
    </message>
    <message>
        <source>{reason} (every approver accepting: {conditions})</source>
        <translation>{reason} (wenn jeder Freigeber akzeptieren soll: {conditions})</translation>
    </message>
    <message>
        <source>{approver} has no weights of their own on this plan&apos;s issues</source>
        <translation>{approver} hat keine eigene Gewichtung auf den Verhandlungspunkten dieses Plans</translation>
    </message>
    <message>
        <source>the plan has no cost model, so a total-cost condition never applies</source>
        <translation>der Plan hat kein Kostenmodell, daher greift eine Bedingung auf die Gesamtkosten nie</translation>
    </message>
    <message>
        <source>the plan has no issue called “{name}”</source>
        <translation>der Plan hat keinen Verhandlungspunkt namens „{name}“</translation>
    </message>
    <message>
        <source>{issue} is not a number: choose allowed options instead</source>
        <translation>{issue} ist keine Zahl: wählen Sie stattdessen zulässige Optionen</translation>
    </message>
    <message>
        <source>{issue} is a number: use below/above a value instead</source>
        <translation>{issue} ist eine Zahl: verwenden Sie stattdessen unter/über einem Wert</translation>
    </message>
    <message>
        <source>{issue} has no option “{option}”</source>
        <translation>{issue} hat keine Option „{option}“</translation>
    </message>
    <message>
        <source>{approver} has no weights of their own on this plan&apos;s issues, so the condition on their points never applies</source>
        <translation>{approver} hat keine eigene Gewichtung auf den Verhandlungspunkten dieses Plans, daher greift die Bedingung auf die eigenen Punkte nie</translation>
    </message>
    <message>
        <source>the plan has no issue called “{name}”, so the condition never applies</source>
        <translation>der Plan hat keinen Verhandlungspunkt namens „{name}“, daher greift die Bedingung nie</translation>
    </message>
    <message>
        <source>{issue} is not a number, so a condition below or above a value never applies</source>
        <translation>{issue} ist keine Zahl, daher greift eine Bedingung unter oder über einem Wert nie</translation>
    </message>
    <message>
        <source>{issue} is a number, so a condition on allowed options never applies</source>
        <translation>{issue} ist eine Zahl, daher greift eine Bedingung auf zulässige Optionen nie</translation>
    </message>
    <message>
        <source>{issue} has no option “{option}”, so the condition never applies</source>
        <translation>{issue} hat keine Option „{option}“, daher greift die Bedingung nie</translation>
    </message>
    <message>
        <source>{value} is outside {issue}&apos;s range {range}, so every term passes the condition</source>
        <translation>{value} liegt außerhalb des Bereichs von {issue} ({range}), daher erfüllt jeder Wert die Bedingung</translation>
    </message>
    <message>
        <source>{value} is outside {issue}&apos;s range {range}, so no term passes the condition</source>
        <translation>{value} liegt außerhalb des Bereichs von {issue} ({range}), daher erfüllt kein Wert die Bedingung</translation>
    </message>
    <message>
        <source>total</source>
        <comment>total cost in a condition</comment>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>by their weights</source>
        <translation>nach eigener Gewichtung</translation>
    </message>
    <message>
        <source>{what} {term}, not {options}</source>
        <translation>{what} {term}, nicht {options}</translation>
    </message>
    <message>
        <source>{what} {options} or {last}</source>
        <translation>{what} {options} oder {last}</translation>
    </message>
    <message>
        <source>{approver} must sign off ({reason})</source>
        <translation>{approver} muss freigeben ({reason})</translation>
    </message>
    <message>
        <source>{approver} objects: {reason}</source>
        <translation>{approver} widerspricht: {reason}</translation>
    </message>
    <message>
        <source>contains an unpaired surrogate (U+{code:04X})</source>
        <translation>enthält ein unpaariges Surrogat (U+{code:04X})</translation>
    </message>
    <message>
        <source>package name must not be empty</source>
        <extracomment>Free text and names in a plan: any Unicode that UTF-8 can encode. A term: a number (numeric issue) or an option label (categorical issue). A moment, always aware and in UTC (so that times compare and round-trip). The reason an empty name is refused, per ``what`` (whole sentences, for the translation).</extracomment>
        <translation>der Paketname darf nicht leer sein</translation>
    </message>
    <message>
        <source>issue name must not be empty</source>
        <translation>der Name des Verhandlungspunkts darf nicht leer sein</translation>
    </message>
    <message>
        <source>supplier name must not be empty</source>
        <translation>der Name des Lieferanten darf nicht leer sein</translation>
    </message>
    <message>
        <source>event name must not be empty</source>
        <translation>der Name des Ereignisses darf nicht leer sein</translation>
    </message>
    <message>
        <source>option label must not be empty</source>
        <translation>die Bezeichnung der Option darf nicht leer sein</translation>
    </message>
    <message>
        <source>state must not be empty</source>
        <translation>der Zustand darf nicht leer sein</translation>
    </message>
    <message>
        <source>the clause&apos;s event must not be empty</source>
        <translation>das Ereignis der Klausel darf nicht leer sein</translation>
    </message>
    <message>
        <source>{what} must not be empty</source>
        <translation>{what} darf nicht leer sein</translation>
    </message>
    <message>
        <source>package name must fit on one line (no line breaks or tabs)</source>
        <extracomment>What does not belong on one line: a line break, a tab or another control character (C0, DEL, C1) and the Unicode line and paragraph separators. The reason a name across lines is refused, per ``what`` (whole sentences, for the translation).</extracomment>
        <translation>der Paketname muss in eine Zeile passen (keine Zeilenumbrüche oder Tabulatoren)</translation>
    </message>
    <message>
        <source>issue name must fit on one line (no line breaks or tabs)</source>
        <translation>der Name des Verhandlungspunkts muss in eine Zeile passen (keine Zeilenumbrüche oder Tabulatoren)</translation>
    </message>
    <message>
        <source>supplier name must fit on one line (no line breaks or tabs)</source>
        <translation>der Name des Lieferanten muss in eine Zeile passen (keine Zeilenumbrüche oder Tabulatoren)</translation>
    </message>
    <message>
        <source>event name must fit on one line (no line breaks or tabs)</source>
        <translation>der Name des Ereignisses muss in eine Zeile passen (keine Zeilenumbrüche oder Tabulatoren)</translation>
    </message>
    <message>
        <source>option label must fit on one line (no line breaks or tabs)</source>
        <translation>die Bezeichnung der Option muss in eine Zeile passen (keine Zeilenumbrüche oder Tabulatoren)</translation>
    </message>
    <message>
        <source>state must fit on one line (no line breaks or tabs)</source>
        <translation>der Zustand muss in eine Zeile passen (keine Zeilenumbrüche oder Tabulatoren)</translation>
    </message>
    <message>
        <source>{what} must fit on one line (no line breaks or tabs)</source>
        <translation>{what} muss in eine Zeile passen (keine Zeilenumbrüche oder Tabulatoren)</translation>
    </message>
    <message>
        <source>the rate per unit must not be zero</source>
        <extracomment>the event whose outcome decides change of the term per unit beyond the pivot, signed (−2: the term drops by 2 per unit below/above the pivot; on &quot;both&quot;, it moves with the outcome when positive) the largest change either way (≥ 0), in the same measure as ``per_unit``; None: none</extracomment>
        <translation>der Satz je Einheit darf nicht null sein</translation>
    </message>
    <message>
        <source>a clause on states needs a term for at least one state</source>
        <translation>eine Klausel auf Zustände braucht eine Bedingung für mindestens einen Zustand</translation>
    </message>
    <message>
        <source>refers to unknown event {event}</source>
        <comment>after: The clause on &lt;issue&gt;</comment>
        <translation>bezieht sich auf das unbekannte Ereignis {event}</translation>
    </message>
    <message>
        <source>gives a term per state, but {event} is a number</source>
        <comment>after: The clause on &lt;issue&gt;</comment>
        <translation>gibt eine Bedingung je Zustand an, aber {event} ist eine Zahl</translation>
    </message>
    <message>
        <source>names unknown state {state} of {event}</source>
        <comment>after: The clause on &lt;issue&gt;</comment>
        <translation>nennt den unbekannten Zustand {state} von {event}</translation>
    </message>
    <message>
        <source>sets a term for {state} that does not fit: {error}</source>
        <comment>after: The clause on &lt;issue&gt;</comment>
        <translation>setzt für {state} eine Kondition, die nicht passt: {error}</translation>
    </message>
    <message>
        <source>sets a term that does not fit: {error}</source>
        <comment>after: The clause on &lt;issue&gt;</comment>
        <translation>setzt eine Kondition, die nicht passt: {error}</translation>
    </message>
    <message>
        <source>needs a number, but {event} has states</source>
        <comment>after: The clause on &lt;issue&gt;</comment>
        <translation>braucht eine Zahl, aber {event} hat Zustände</translation>
    </message>
    <message>
        <source>moves a number, but {issue} has options</source>
        <comment>after: The clause on &lt;issue&gt;</comment>
        <translation>verschiebt eine Zahl, aber {issue} hat Optionen</translation>
    </message>
    <message>
        <source>a forecast of a number needs low, likely and high</source>
        <extracomment>Equal-probability points a numeric forecast is evaluated at (their mean is the expectation). The three quantiles a numeric forecast gives. a number: the 10 %, 50 % and 90 % quantiles (&quot;low&quot;, &quot;likely&quot;, &quot;high&quot;) named states: state → chance (normalised to sum to 1) where it comes from (&quot;their sales director, 12 Nov&quot;, &quot;our goods receipts, last 8 quarters&quot;)</extracomment>
        <translation>eine Prognose einer Zahl braucht niedrig, wahrscheinlich und hoch</translation>
    </message>
    <message>
        <source>a forecast is either of a number or of states, not both</source>
        <translation>eine Prognose gilt entweder einer Zahl oder Zuständen, nicht beidem</translation>
    </message>
    <message>
        <source>low ≤ likely ≤ high is needed (the 10 %, 50 % and 90 % points)</source>
        <translation>niedrig ≤ wahrscheinlich ≤ hoch ist nötig (die 10-%-, 50-%- und 90-%-Punkte)</translation>
    </message>
    <message>
        <source>the chance of {state} must be a number ≥ 0</source>
        <translation>die Wahrscheinlichkeit von {state} muss eine Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>at least one state needs a chance above zero</source>
        <translation>mindestens ein Zustand braucht eine Wahrscheinlichkeit über null</translation>
    </message>
    <message>
        <source>a forecast needs low/likely/high or a chance per state</source>
        <translation>eine Prognose braucht niedrig/wahrscheinlich/hoch oder eine Wahrscheinlichkeit je Zustand</translation>
    </message>
    <message>
        <source>a forecast of states has no numeric points</source>
        <translation>eine Prognose von Zuständen hat keine Zahlenpunkte</translation>
    </message>
    <message>
        <source>likely {likely}{unit} (10–90 %: {low}–{high}{unit})</source>
        <translation>wahrscheinlich {likely}{unit} (10–90 %: {low}–{high}{unit})</translation>
    </message>
    <message>
        <source>an event with states needs at least two</source>
        <extracomment>a number&apos;s unit (&quot;%&quot;, &quot;index points&quot;, &quot;units&quot;) the bounds a number cannot leave (a rate in % lies in 0..100); None: unbounded the named states, in order (kind &quot;states&quot;) the period it is measured over, for the cards&apos; sentences (&quot;quarter&quot;, &quot;year&quot;); empty: none what they claim (or what we infer), with its source in ``theirs.source``; None: unknown how it will be measured, and by whom (&quot;our goods receipts against the order dates&quot;) both sides can see the measurement (False: only one side can: a clause on it pays only if the other side is wrong in a way they cannot check — the planner warns) the terms a clause on this event may change (&quot;Unit price&quot;, &quot;Warranty&quot;): the planner&apos;s suggestions keep to them; empty: any term the outcome once known (a number, or a state&apos;s name) and when it was recorded</extracomment>
        <translation>ein Ereignis mit Zuständen braucht mindestens zwei</translation>
    </message>
    <message>
        <source>two states have the same name</source>
        <translation>zwei Zustände haben denselben Namen</translation>
    </message>
    <message>
        <source>our forecast gives numbers, but the event has states</source>
        <translation>unsere Prognose gibt Zahlen an, aber das Ereignis hat Zustände</translation>
    </message>
    <message>
        <source>their forecast gives numbers, but the event has states</source>
        <translation>die Prognose der Gegenseite gibt Zahlen an, aber das Ereignis hat Zustände</translation>
    </message>
    <message>
        <source>our forecast names unknown state {state}</source>
        <translation>unsere Prognose nennt den unbekannten Zustand {state}</translation>
    </message>
    <message>
        <source>their forecast names unknown state {state}</source>
        <translation>die Prognose der Gegenseite nennt den unbekannten Zustand {state}</translation>
    </message>
    <message>
        <source>the outcome {outcome} is not one of the states</source>
        <translation>das Ergebnis {outcome} ist keiner der Zustände</translation>
    </message>
    <message>
        <source>a numeric event has no states</source>
        <translation>ein Zahlenereignis hat keine Zustände</translation>
    </message>
    <message>
        <source>the lower bound must be below the upper bound</source>
        <translation>die Untergrenze muss unter der Obergrenze liegen</translation>
    </message>
    <message>
        <source>our forecast gives states, but the event is a number</source>
        <translation>unsere Prognose gibt Zustände an, aber das Ereignis ist eine Zahl</translation>
    </message>
    <message>
        <source>their forecast gives states, but the event is a number</source>
        <translation>die Prognose der Gegenseite gibt Zustände an, aber das Ereignis ist eine Zahl</translation>
    </message>
    <message>
        <source>the outcome of a numeric event must be a number</source>
        <translation>das Ergebnis eines Zahlenereignisses muss eine Zahl sein</translation>
    </message>
    <message>
        <source>the outcome must be a finite number</source>
        <translation>das Ergebnis muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>our forecast: {level} {value} is below the event&apos;s lower bound {bound}</source>
        <translation>unsere Prognose: {level} {value} liegt unter der unteren Grenze des Ereignisses {bound}</translation>
    </message>
    <message>
        <source>their forecast: {level} {value} is below the event&apos;s lower bound {bound}</source>
        <translation>ihre Prognose: {level} {value} liegt unter der unteren Grenze des Ereignisses {bound}</translation>
    </message>
    <message>
        <source>our forecast: {level} {value} is above the event&apos;s upper bound {bound}</source>
        <translation>unsere Prognose: {level} {value} liegt über der oberen Grenze des Ereignisses {bound}</translation>
    </message>
    <message>
        <source>their forecast: {level} {value} is above the event&apos;s upper bound {bound}</source>
        <translation>ihre Prognose: {level} {value} liegt über der oberen Grenze des Ereignisses {bound}</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <comment>a name quoted in a sentence</comment>
        <extracomment>A panel line stays about this short. Last words of an event&apos;s name that read as a countable noun: &quot;the failure rate&quot;, &quot;the steel price index&quot; (while &quot;on-time delivery&quot; takes no article).</extracomment>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source> in an {period}</source>
        <translation> in einem {period}</translation>
    </message>
    <message>
        <source> in a {period}</source>
        <translation> in einem {period}</translation>
    </message>
    <message>
        <source> for that {period}</source>
        <translation> im betreffenden {period}</translation>
    </message>
    <message>
        <source>if {event} is {state}{in_period}, {issue} is {term}</source>
        <translation>wenn {event}{in_period} „{state}“ ist, gilt für {issue}: {term}</translation>
    </message>
    <message>
        <source>if it is {state}, it is {term}</source>
        <translation>bei „{state}“: {term}</translation>
    </message>
    <message>
        <source>If {event} falls below {value}{in_period}, {issue} is {term}.</source>
        <translation>Wenn {event}{in_period} unter {value} fällt, gilt für {issue}: {term}.</translation>
    </message>
    <message>
        <source>If {event} exceeds {value}{in_period}, {issue} is {term}.</source>
        <translation>Wenn {event}{in_period} {value} übersteigt, gilt für {issue}: {term}.</translation>
    </message>
    <message>
        <source>, at most {amount} either way</source>
        <translation>, höchstens {amount} in jede Richtung</translation>
    </message>
    <message>
        <source>{Issue} follows {event}: it moves by {rate} for each {per} {event} moves away from {pivot}{in_period}, in the same direction{cap}.</source>
        <translation>{Issue} folgt {event}: Die Änderung beträgt {rate} je {per}, um die sich {event}{in_period} von {pivot} entfernt, in gleicher Richtung{cap}.</translation>
    </message>
    <message>
        <source>{Issue} moves against {event}: it moves by {rate} for each {per} {event} moves away from {pivot}{in_period}, in the opposite direction{cap}.</source>
        <translation>{Issue} bewegt sich gegen {event}: Die Änderung beträgt {rate} je {per}, um die sich {event}{in_period} von {pivot} entfernt, in entgegengesetzter Richtung{cap}.</translation>
    </message>
    <message>
        <source>, at most {amount}</source>
        <translation>, höchstens {amount}</translation>
    </message>
    <message>
        <source>If {event} falls below {pivot}{in_period}, {issue}{for_period} drops by {rate} for each {per} below that{cap}.</source>
        <translation>Wenn {event}{in_period} unter {pivot} fällt, sinkt {issue}{for_period} um {rate} je {per} darunter{cap}.</translation>
    </message>
    <message>
        <source>If {event} falls below {pivot}{in_period}, {issue}{for_period} rises by {rate} for each {per} below that{cap}.</source>
        <translation>Wenn {event}{in_period} unter {pivot} fällt, steigt {issue}{for_period} um {rate} je {per} darunter{cap}.</translation>
    </message>
    <message>
        <source>If {event} rises above {pivot}{in_period}, {issue}{for_period} drops by {rate} for each {per} above that{cap}.</source>
        <translation>Wenn {event}{in_period} über {pivot} steigt, sinkt {issue}{for_period} um {rate} je {per} darüber{cap}.</translation>
    </message>
    <message>
        <source>If {event} rises above {pivot}{in_period}, {issue}{for_period} rises by {rate} for each {per} above that{cap}.</source>
        <translation>Wenn {event}{in_period} über {pivot} steigt, steigt {issue}{for_period} um {rate} je {per} darüber{cap}.</translation>
    </message>
    <message>
        <source>{term} if {state}</source>
        <translation>{term}, wenn {state}</translation>
    </message>
    <message>
        <source>{term} if {event} {limit}</source>
        <translation>{term}, wenn {event} {limit}</translation>
    </message>
    <message>
        <source>{term} if {limit}</source>
        <translation>{term}, wenn {limit}</translation>
    </message>
    <message>
        <source>pt</source>
        <comment>percentage point, short</comment>
        <translation>Pp.</translation>
    </message>
    <message>
        <source>{rate} {event} vs {pivot}{cap}</source>
        <translation>{rate} {event} ggü. {pivot}{cap}</translation>
    </message>
    <message>
        <source>{rate} vs {pivot}{cap}</source>
        <translation>{rate} ggü. {pivot}{cap}</translation>
    </message>
    <message>
        <source>{rate} below {pivot} {event}{cap}</source>
        <translation>{rate} unter {pivot} {event}{cap}</translation>
    </message>
    <message>
        <source>{rate} below {pivot}{cap}</source>
        <translation>{rate} unter {pivot}{cap}</translation>
    </message>
    <message>
        <source>{rate} above {pivot} {event}{cap}</source>
        <translation>{rate} über {pivot} {event}{cap}</translation>
    </message>
    <message>
        <source>{rate} above {pivot}{cap}</source>
        <translation>{rate} über {pivot}{cap}</translation>
    </message>
    <message>
        <source>{Event} was {outcome}: the clause did not apply; {issue} stays {term}.</source>
        <translation>{Event}: {outcome}. Die Klausel griff nicht; {issue} bleibt bei {term}.</translation>
    </message>
    <message>
        <source>{Event} was {outcome}: {issue} is {term} instead of {base}.</source>
        <translation>{Event}: {outcome}. Für {issue} gilt {term} statt {base}.</translation>
    </message>
    <message>
        <source>{Event} was {outcome}: {issue} rose by {change} (the most the clause allows) to {term}.</source>
        <translation>{Event}: {outcome}. {issue} stieg um {change} (so viel, wie die Klausel höchstens zulässt) auf {term}.</translation>
    </message>
    <message>
        <source>{Event} was {outcome}: {issue} rose by {change} to {term}.</source>
        <translation>{Event}: {outcome}. {issue} stieg um {change} auf {term}.</translation>
    </message>
    <message>
        <source>{Event} was {outcome}: {issue} dropped by {change} (the most the clause allows) to {term}.</source>
        <translation>{Event}: {outcome}. {issue} sank um {change} (so viel, wie die Klausel höchstens zulässt) auf {term}.</translation>
    </message>
    <message>
        <source>{Event} was {outcome}: {issue} dropped by {change} to {term}.</source>
        <translation>{Event}: {outcome}. {issue} sank um {change} auf {term}.</translation>
    </message>
    <message>
        <source>{issue} one of {options}</source>
        <extracomment>A contradicted belief keeps this share of its confidence; a supported one moves this share to 1. Below this (updated) confidence a constituency is not used for talking points. At most this many talking points per package (a card reverse is small).</extracomment>
        <translation>{issue}: eine von {options}</translation>
    </message>
    <message>
        <source>{issue} at least {value}</source>
        <translation>{issue} mindestens {value}</translation>
    </message>
    <message>
        <source>{issue} at most {value}</source>
        <translation>{issue} höchstens {value}</translation>
    </message>
    <message>
        <source>round {round}: they accepted option {option}, which breaks “{condition}”</source>
        <translation>Runde {round}: die Gegenseite hat Option {option} angenommen, die „{condition}“ verletzt</translation>
    </message>
    <message>
        <source>round {round}: they refused every option, and each broke it</source>
        <translation>Runde {round}: die Gegenseite hat jede Option abgelehnt, und jede verletzte die Bedingung</translation>
    </message>
    <message>
        <source>round {round}: they proposed {issue} {term}, which meets it</source>
        <translation>Runde {round}: die Gegenseite hat {issue} {term} vorgeschlagen, was die Bedingung erfüllt</translation>
    </message>
    <message>
        <source>round {round}: they proposed {issue} {term}, which breaks it</source>
        <translation>Runde {round}: die Gegenseite hat {issue} {term} vorgeschlagen, was die Bedingung verletzt</translation>
    </message>
    <message>
        <source>round {round}: they named as best {issue} {term}, which meets it</source>
        <translation>Runde {round}: die Gegenseite hat {issue} {term} als am besten genannt, was die Bedingung erfüllt</translation>
    </message>
    <message>
        <source>round {round}: they named as best {issue} {term}, which breaks it</source>
        <translation>Runde {round}: die Gegenseite hat {issue} {term} als am besten genannt, was die Bedingung verletzt</translation>
    </message>
    <message>
        <source>{issue}: {term} meets what your {party} asks for: {what}.</source>
        <translation>{issue}: {term} erfüllt, was {party} auf Ihrer Seite verlangt: {what}.</translation>
    </message>
    <message>
        <source>{issue}: {term} meets the condition of your {party}.</source>
        <translation>{issue}: {term} erfüllt die Bedingung von {party} auf Ihrer Seite.</translation>
    </message>
    <message>
        <source>{issue}: {term} is the best of these options for you.</source>
        <translation>{issue}: {term} ist für Sie die beste dieser Optionen.</translation>
    </message>
    <message>
        <source>{issue}: {term} is on your side of the range.</source>
        <translation>{issue}: {term} liegt auf Ihrer Seite der Spanne.</translation>
    </message>
    <message>
        <source>less than 1 point</source>
        <extracomment>Posterior samples used for the comparison. An issue counts as compatible when this probable (and then is not traded). Below this confidence a suggestion is not made at all.</extracomment>
        <translation>weniger als 1 Punkt</translation>
    </message>
    <message>
        <source>{points:.0f} points</source>
        <translation>{points:.0f} Punkte</translation>
    </message>
    <message>
        <source>{points:.0f} point</source>
        <translation>{points:.0f} Punkt</translation>
    </message>
    <message>
        <source>based on 1 observation</source>
        <translation>auf Grundlage von 1 Beobachtung</translation>
    </message>
    <message>
        <source>based on {count} observations</source>
        <translation>auf Grundlage von {count} Beobachtungen</translation>
    </message>
    <message>
        <source>a guess: no reactions recorded yet</source>
        <extracomment>The chance (under the estimate) that at least one suggestion is better for them.</extracomment>
        <translation>eine Vermutung: noch keine Reaktionen erfasst</translation>
    </message>
    <message>
        <source>their preferred term</source>
        <translation>bevorzugte Bedingung der Gegenseite</translation>
    </message>
    <message>
        <source>Concede on {issue} (towards {term}): it costs you about {cost}{money} and is worth about {gain} to them — {sure:.0f} % sure it is worth more to them than to you ({basis}).</source>
        <translation>Bei {issue} nachgeben (in Richtung {term}): Es kostet Sie etwa {cost}{money} und ist der Gegenseite etwa {gain} wert — zu {sure:.0f} % sicher, dass es ihr mehr wert ist als Ihnen ({basis}).</translation>
    </message>
    <message>
        <source>Hold on {issue}: giving it up would cost you about {cost}{money} and be worth only about {gain} to them — {sure:.0f} % sure it matters more to you ({basis}).</source>
        <translation>Bei {issue} halten: Nachzugeben würde Sie etwa {cost}{money} kosten und wäre der Gegenseite nur etwa {gain} wert — zu {sure:.0f} % sicher, dass es Ihnen wichtiger ist ({basis}).</translation>
    </message>
    <message>
        <source>Agree on {issue}: they probably want what you want there ({sure:.0f} % sure), so there is nothing to trade — settle it early ({basis}).</source>
        <translation>Bei {issue} einigen: Die Gegenseite will dort wahrscheinlich dasselbe wie Sie (zu {sure:.0f} % sicher), es gibt also nichts zu tauschen — klären Sie es früh ({basis}).</translation>
    </message>
    <message>
        <source>Which of these issues matters most to you?</source>
        <translation>Welcher dieser Verhandlungspunkte ist Ihnen am wichtigsten?</translation>
    </message>
    <message>
        <source>we are {sure:.0f} % sure which issue matters most to them (their answers so far are believed about {trust:.0f} %)</source>
        <translation>wir sind zu {sure:.0f} % sicher, welcher Verhandlungspunkt ihnen am wichtigsten ist (ihren bisherigen Antworten wird zu etwa {trust:.0f} % geglaubt)</translation>
    </message>
    <message>
        <source>Which matters more to you: {a} or {b}?</source>
        <translation>Was ist Ihnen wichtiger: {a} oder {b}?</translation>
    </message>
    <message>
        <source>{a} and {b} are the likeliest to matter most to them; {a} outweighs {b} in {share:.0f} % of what their reactions allow</source>
        <translation>{a} und {b} sind ihnen am wahrscheinlichsten am wichtigsten; {a} wiegt schwerer als {b} in {share:.0f} % dessen, was ihre Reaktionen zulassen</translation>
    </message>
    <message>
        <source>Which {issue} suits you best?</source>
        <translation>Welcher Wert bei {issue} passt Ihnen am besten?</translation>
    </message>
    <message>
        <source>which {issue} they want is the least clear of the issues that may matter (the likeliest term is only {sure:.0f} % sure)</source>
        <translation>welchen Wert bei {issue} sie wollen, ist unter den Verhandlungspunkten, die zählen könnten, am unklarsten (die wahrscheinlichste Bedingung ist nur zu {sure:.0f} % sicher)</translation>
    </message>
    <message>
        <source>What would you change in {package}?</source>
        <translation>Was würden Sie an {package} ändern?</translation>
    </message>
    <message>
        <source>they preferred {package}: the one change they ask for says which issue they most want moved, and where</source>
        <translation>sie haben {package} vorgezogen: Die eine Änderung, die sie verlangen, zeigt, welchen Verhandlungspunkt sie am meisten bewegt haben wollen, und wohin</translation>
    </message>
    <message>
        <source>offered {packages}</source>
        <translation>{packages} angeboten</translation>
    </message>
    <message>
        <source>nothing offered</source>
        <translation>nichts angeboten</translation>
    </message>
    <message>
        <source>they preferred {package}</source>
        <translation>die Gegenseite hat {package} vorgezogen</translation>
    </message>
    <message>
        <source>they ranked {ranking}</source>
        <translation>Rangfolge der Gegenseite: {ranking}</translation>
    </message>
    <message>
        <source>no preference stated</source>
        <translation>keine Präferenz genannt</translation>
    </message>
    <message>
        <source>accepted {package}</source>
        <translation>{package} angenommen</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>round outcome</comment>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>none acceptable</source>
        <translation>keines akzeptabel</translation>
    </message>
    <message>
        <source>{issue} matters more to them than {other}</source>
        <translation>{issue} ist der Gegenseite wichtiger als {other}</translation>
    </message>
    <message>
        <source>{term} suits them best ({issue})</source>
        <translation>{term} passt der Gegenseite am besten ({issue})</translation>
    </message>
    <message>
        <source>Round {number}: {happened} — {revealed}</source>
        <extracomment>Rounds shown on the one page (the earliest ones are summarised in a line beyond it). Our points from this issue in the agreement (weight × value). The competing quote&apos;s term (&quot;&quot; without one). The term of the frontier package that would have given us more at no cost to them (&quot;&quot;). The term agreed first, before a post-settlement improvement (&quot;&quot;). The contingent clause on the agreed term and on the term agreed first, in short (&quot;−2 %/pt below 95 % on-time, ≤ 10 %&quot;; &quot;&quot; for a fixed term).</extracomment>
        <translation>Runde {number}: {happened} — {revealed}</translation>
    </message>
    <message>
        <source>Our points of the agreement at this outcome: {actual:.1f} (expected at signing {expected:.1f}, {difference:+.1f}).</source>
        <extracomment>the clause as the contract (the card) said it the outcome in the event&apos;s unit (&quot;91 %&quot;, &quot;late&quot;; &quot;&quot; while open) &quot;ours&quot;, &quot;theirs&quot;, &quot;both&quot; (equally close) or &quot;&quot; (open, or their forecast unknown) who was right, in words (&quot;Our forecast was closer: likely 90 % against their 98 %; …&quot;) what the clause did (outcome_sentence), or &quot;Not known yet …&quot; the term that applied (&quot;EUR 195.04&quot;; &quot;&quot; while open) our points of the agreement at signing (expected under our forecast) and at the outcome</extracomment>
        <translation>Unsere Punkte der Einigung bei diesem Ergebnis: {actual:.1f} (bei Unterzeichnung erwartet {expected:.1f}, {difference:+.1f}).</translation>
    </message>
    <message>
        <source>Expected at signing: {expected:.1f} points (our forecast).</source>
        <translation>Bei Unterzeichnung erwartet: {expected:.1f} Punkte (unsere Prognose).</translation>
    </message>
    <message>
        <source>debrief</source>
        <comment>document</comment>
        <extracomment>An adopted post-settlement improvement: (first points, now points, their first, their now), each package with its contingent clauses, valued at its expected value (as the cards). The agreement&apos;s total cost in words (&quot;1,500 units × EUR 214.00 = …; total EUR …&quot;; &quot;&quot; without a cost model). The competing quote&apos;s total cost (&quot;Total EUR 358,754&quot;; &quot;&quot;). Money of each post-settlement suggestion against the agreement (&quot;, EUR 3,000 less in total&quot;; &quot;&quot;). Who must approve on our side, and the relationship (the plan&apos;s properties). The agreement&apos;s contingent clauses and what they did (empty for a fixed agreement). The language the debrief is written in (the plan&apos;s: :meth:`text` speaks it).</extracomment>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Agreed on {date} ({source}).</source>
        <translation>Vereinbart am {date} ({source}).</translation>
    </message>
    <message>
        <source>Agreed on {date}.</source>
        <translation>Vereinbart am {date}.</translation>
    </message>
    <message>
        <source>Agreed ({source}).</source>
        <translation>Vereinbart ({source}).</translation>
    </message>
    <message>
        <source>Agreed.</source>
        <translation>Vereinbart.</translation>
    </message>
    <message>
        <source>Total cost: {cost}.</source>
        <translation>Gesamtkosten: {cost}.</translation>
    </message>
    <message>
        <source>{difference:.1f} points BELOW the reservation value {reservation:.1f} ({source})</source>
        <translation>{difference:.1f} Punkte UNTER dem Reservationswert {reservation:.1f} ({source})</translation>
    </message>
    <message>
        <source>{difference:.1f} above the reservation value {reservation:.1f} ({source})</source>
        <translation>{difference:.1f} über dem Reservationswert {reservation:.1f} ({source})</translation>
    </message>
    <message>
        <source>{difference:.1f} above the aspiration {aspiration:.1f}</source>
        <translation>{difference:.1f} über dem Anspruchsniveau {aspiration:.1f}</translation>
    </message>
    <message>
        <source>{difference:.1f} short of the aspiration {aspiration:.1f}</source>
        <translation>{difference:.1f} unter dem Anspruchsniveau {aspiration:.1f}</translation>
    </message>
    <message>
        <source>The agreement is worth {points:.1f} points to us: {gap}, {position} — {share:.0f} % of the way from walk-away to aspiration.</source>
        <translation>Die Einigung ist uns {points:.1f} Punkte wert: {gap}, {position} — {share:.0f} % des Wegs vom Ausstiegspunkt zum Anspruchsniveau.</translation>
    </message>
    <message>
        <source>The agreement is worth {points:.1f} points to us: {gap}, {position}.</source>
        <translation>Die Einigung ist uns {points:.1f} Punkte wert: {gap}, {position}.</translation>
    </message>
    <message>
        <source>BATNA: {text}</source>
        <translation>BATNA: {text}</translation>
    </message>
    <message>
        <source>BATNA: {text} — the competing quote is worth {points:.1f} points to us ({cost}).</source>
        <translation>BATNA: {text} — das Konkurrenzangebot ist uns {points:.1f} Punkte wert ({cost}).</translation>
    </message>
    <message>
        <source>BATNA: {text} — the competing quote is worth {points:.1f} points to us.</source>
        <translation>BATNA: {text} — das Konkurrenzangebot ist uns {points:.1f} Punkte wert.</translation>
    </message>
    <message>
        <source>BATNA — the competing quote is worth {points:.1f} points to us ({cost}).</source>
        <translation>BATNA — das Konkurrenzangebot ist uns {points:.1f} Punkte wert ({cost}).</translation>
    </message>
    <message>
        <source>BATNA — the competing quote is worth {points:.1f} points to us.</source>
        <translation>BATNA — das Konkurrenzangebot ist uns {points:.1f} Punkte wert.</translation>
    </message>
    <message>
        <source>a guess: no reactions recorded</source>
        <translation>eine Vermutung: keine Reaktionen erfasst</translation>
    </message>
    <message>
        <source>from 1 observation</source>
        <translation>aus 1 Beobachtung</translation>
    </message>
    <message>
        <source>from {count} observations</source>
        <translation>aus {count} Beobachtungen</translation>
    </message>
    <message>
        <source>Their value of the agreement: about {value:.0f} of their points ({basis}).</source>
        <translation>Wert der Einigung für die Gegenseite: etwa {value:.0f} ihrer Punkte ({basis}).</translation>
    </message>
    <message>
        <source>The agreement sits on the estimated Pareto frontier: nothing left on the table that the estimate can see.</source>
        <translation>Die Einigung liegt auf der geschätzten Pareto-Grenze: Soweit die Schätzung sieht, bleibt nichts auf dem Tisch liegen.</translation>
    </message>
    <message>
        <source>Up to {gap:.1f} points more for us at no cost to them — {money}.</source>
        <translation>Bis zu {gap:.1f} Punkte mehr für uns ohne Nachteil für die Gegenseite — {money}.</translation>
    </message>
    <message>
        <source>Up to {gap:.1f} points more for us at no cost to them.</source>
        <translation>Bis zu {gap:.1f} Punkte mehr für uns ohne Nachteil für die Gegenseite.</translation>
    </message>
    <message>
        <source>Nothing more for us without costing them (estimate).</source>
        <translation>Nichts mehr für uns ohne Nachteil für die Gegenseite (Schätzung).</translation>
    </message>
    <message>
        <source>Up to {gap:.1f} more of their points at no cost to us.</source>
        <translation>Bis zu {gap:.1f} Punkte mehr für die Gegenseite ohne Nachteil für uns.</translation>
    </message>
    <message>
        <source>In money: {moves}.</source>
        <translation>In Geld: {moves}.</translation>
    </message>
    <message>
        <source>(Searched on a coarsened grid of the fine numeric issues.)</source>
        <translation>(Gesucht auf einem vergröberten Raster der fein gestuften numerischen Verhandlungspunkte.)</translation>
    </message>
    <message>
        <source>A post-settlement package replaced the first agreement: {ours_before:.1f} → {ours_after:.1f} points for us, about {theirs_before:.0f} → {theirs_after:.0f} of their points.</source>
        <translation>Ein Paket aus der Nachverhandlung hat die erste Einigung ersetzt: {ours_before:.1f} → {ours_after:.1f} Punkte für uns, etwa {theirs_before:.0f} → {theirs_after:.0f} Punkte für die Gegenseite.</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Wir</translation>
    </message>
    <message>
        <source>THE AGREEMENT</source>
        <translation>DIE EINIGUNG</translation>
    </message>
    <message>
        <source>BATNA {term}</source>
        <translation>BATNA {term}</translation>
    </message>
    <message>
        <source>frontier {term}</source>
        <translation>Grenze {term}</translation>
    </message>
    <message>
        <source>first {term}</source>
        <translation>zuerst {term}</translation>
    </message>
    <message>
        <source>{issue}: {term} ({points:.1f} points)</source>
        <translation>{issue}: {term} ({points:.1f} Punkte)</translation>
    </message>
    <message>
        <source>at the recorded outcome, {breakdown} (expected at signing {expected})</source>
        <translation>beim erfassten Ergebnis {breakdown} (bei Unterzeichnung erwartet {expected})</translation>
    </message>
    <message>
        <source>{amount} expected under our forecast (10–90 %: {low} to {high}); on the base terms: {base}</source>
        <translation>{amount} erwartet nach unserer Prognose (10–90 %: {low} bis {high}); zu den Grundkonditionen: {base}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notizen: {notes}</translation>
    </message>
    <message>
        <source>VALUE LEFT ON THE TABLE (ESTIMATE)</source>
        <translation>AUF DEM TISCH GELASSENER WERT (SCHÄTZUNG)</translation>
    </message>
    <message>
        <source>WHAT EACH ROUND REVEALED</source>
        <translation>WAS JEDE RUNDE VERRATEN HAT</translation>
    </message>
    <message>
        <source>(1 earlier round not shown)</source>
        <translation>(1 frühere Runde nicht gezeigt)</translation>
    </message>
    <message>
        <source>({count} earlier rounds not shown)</source>
        <translation>({count} frühere Runden nicht gezeigt)</translation>
    </message>
    <message>
        <source>No rounds recorded.</source>
        <translation>Keine Runden erfasst.</translation>
    </message>
    <message>
        <source>PRIORITIES: OURS AND THEIRS (ESTIMATE)</source>
        <translation>PRIORITÄTEN: UNSERE UND DIE DER GEGENSEITE (SCHÄTZUNG)</translation>
    </message>
    <message>
        <source>{share:.0f} %</source>
        <translation>{share:.0f} %</translation>
    </message>
    <message>
        <source>{issue}: ours {ours:.0f} %, theirs {theirs}{range}</source>
        <translation>{issue}: wir {ours:.0f} %, Gegenseite {theirs}{range}</translation>
    </message>
    <message>
        <source>CONTINGENT TERMS</source>
        <translation>BEDINGTE VEREINBARUNGEN</translation>
    </message>
    <message>
        <source>POST-SETTLEMENT</source>
        <translation>NACHVERHANDLUNG (POST-SETTLEMENT)</translation>
    </message>
    <message>
        <source>WHO MUST APPROVE</source>
        <translation>WER FREIGEBEN MUSS</translation>
    </message>
    <message>
        <source>RELATIONSHIP</source>
        <translation>BEZIEHUNG</translation>
    </message>
    <message>
        <source>LESSONS</source>
        <translation>ERKENNTNISSE</translation>
    </message>
    <message>
        <source>None written yet.</source>
        <translation>Noch keine notiert.</translation>
    </message>
    <message>
        <source>the plan has no agreement: record the agreed package first</source>
        <translation>der Plan hat keine Einigung: erfassen Sie zuerst das vereinbarte Paket</translation>
    </message>
    <message>
        <source>the plan has no issues</source>
        <translation>der Plan hat keine Verhandlungspunkte</translation>
    </message>
    <message>
        <source>the competing quote</source>
        <translation>das Konkurrenzangebot</translation>
    </message>
    <message>
        <source>answer 1 (the first), 2 (the second), = (about equal) or q (stop)</source>
        <translation>antworten Sie 1 (das erste), 2 (das zweite), = (etwa gleich) oder q (aufhören)</translation>
    </message>
    <message>
        <source>may be</source>
        <comment>command-line table column: the range a weight may be in</comment>
        <translation>möglich</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <source>(weight region: {source})</source>
        <translation>(Gewichtsbereich: {source})</translation>
    </message>
    <message>
        <source>answers to 1 question</source>
        <comment>where a weight region came from</comment>
        <translation>Antwort auf 1 Frage</translation>
    </message>
    <message>
        <source>answers to {count} questions</source>
        <comment>where a weight region came from</comment>
        <translation>Antworten auf {count} Fragen</translation>
    </message>
    <message>
        <source>± {band:g} points</source>
        <comment>where a weight region came from</comment>
        <translation>± {band:g} Punkte</translation>
    </message>
    <message>
        <source>{number} is outside the range here: the {issue} that makes them equal is from {low} to {high}</source>
        <translation>{number} liegt außerhalb des Bereichs: {issue}, bei dem beide gleich viel wert sind, liegt zwischen {low} und {high}</translation>
    </message>
    <message>
        <source>answer 1 (the first), 2 (the second), = (about equal), q (stop) or the {issue} that makes them equal</source>
        <translation>antworten Sie 1 (das erste), 2 (das zweite), = (etwa gleich), q (aufhören) oder mit dem Wert für {issue}, bei dem beide gleich viel wert sind</translation>
    </message>
    <message>
        <source>the weights are already within ± {band:.1f} points: nothing to ask</source>
        <translation>die Gewichte liegen schon auf ± {band:.1f} Punkte genau fest: es gibt nichts zu fragen</translation>
    </message>
    <message>
        <source>Which would you rather have? Answer 1 (the first), 2 (the second), = (about equal), q (stop).</source>
        <translation>Was hätten Sie lieber? Antworten Sie 1 (das erste), 2 (das zweite), = (etwa gleich), q (aufhören).</translation>
    </message>
    <message>
        <source>Q{number}. 1) {first}
    2) {second}? (Everything else the same.)</source>
        <translation>F{number}. 1) {first}
    2) {second}? (Alles andere gleich.)</translation>
    </message>
    <message>
        <source>Or type the {issue} at which the second is worth the same to you ({low} to {high}).</source>
        <translation>Oder geben Sie den Wert für {issue} ein, bei dem Ihnen das zweite gleich viel wert ist ({low} bis {high}).</translation>
    </message>
    <message>
        <source>Q{number} again: {question} &gt;</source>
        <translation>F{number} noch einmal: {question} &gt;</translation>
    </message>
    <message>
        <source>({count} answered; every weight within ± {band:.1f} points)</source>
        <translation>({count} beantwortet; jedes Gewicht innerhalb ± {band:.1f} Punkte)</translation>
    </message>
    <message>
        <source>show the weights; --ask sets them by a few pairwise questions</source>
        <translation>die Gewichte zeigen; --ask setzt sie mit ein paar paarweisen Fragen</translation>
    </message>
    <message>
        <source>-o needs --ask: it saves the weights the questions find</source>
        <translation>-o braucht --ask: es speichert die Gewichte, die die Fragen ergeben</translation>
    </message>
    <message>
        <source>--band needs --ask: it is where the questions start</source>
        <translation>--band braucht --ask: dort beginnen die Fragen</translation>
    </message>
    <message>
        <source>--band {band}: the band must be more than 0 and at most 100 points</source>
        <translation>--band {band}: die Spanne muss größer als 0 und höchstens 100 Punkte sein</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>ask pairwise questions on stdin to set the weights</source>
        <translation>paarweise Fragen auf stdin stellen, um die Gewichte zu setzen</translation>
    </message>
    <message>
        <source>start from the plan&apos;s weights ± this many points (default: from scratch)</source>
        <translation>von den Gewichten des Plans ± so vielen Punkten ausgehen (Vorgabe: von vorn)</translation>
    </message>
    <message>
        <source>save the plan with the weights found</source>
        <translation>den Plan mit den gefundenen Gewichten speichern</translation>
    </message>
    <message>
        <source>Our forecast gave “{state}” {ours:.0f} %; their forecast was unknown.</source>
        <translation>Unsere Prognose gab „{state}“ {ours:.0f} %; die Prognose der Gegenseite war unbekannt.</translation>
    </message>
    <message>
        <source>{head}: we gave “{state}” {ours:.0f} %, they {theirs:.0f} %.</source>
        <translation>{head}: wir gaben „{state}“ {ours:.0f} %, die Gegenseite {theirs:.0f} %.</translation>
    </message>
    <message>
        <source>our 10–90 % range ({low}–{high}) held it</source>
        <translation>unser 10–90-%-Bereich ({low}–{high}) traf es</translation>
    </message>
    <message>
        <source>our 10–90 % range ({low}–{high}) missed it</source>
        <translation>unser 10–90-%-Bereich ({low}–{high}) verfehlte es</translation>
    </message>
    <message>
        <source>Our forecast said likely {likely}; {range}; their forecast was unknown.</source>
        <translation>Unsere Prognose sagte wahrscheinlich {likely}; {range}; die Prognose der Gegenseite war unbekannt.</translation>
    </message>
    <message>
        <source>theirs ({low}–{high}) held it</source>
        <translation>der der Gegenseite ({low}–{high}) traf es</translation>
    </message>
    <message>
        <source>theirs ({low}–{high}) missed it</source>
        <translation>der der Gegenseite ({low}–{high}) verfehlte es</translation>
    </message>
    <message>
        <source>{head}: likely {ours} (ours) against {theirs} (theirs); {range}, {their_range}.</source>
        <translation>{head}: wahrscheinlich {ours} (unsere) gegen {theirs} (Gegenseite); {range}, {their_range}.</translation>
    </message>
    <message>
        <source>Our forecast was closer</source>
        <translation>Unsere Prognose lag näher</translation>
    </message>
    <message>
        <source>Their forecast was closer</source>
        <translation>Die Prognose der Gegenseite lag näher</translation>
    </message>
    <message>
        <source>Both forecasts were as close</source>
        <translation>Beide Prognosen lagen gleich nah</translation>
    </message>
    <message>
        <source>Not known yet: {event} has no recorded outcome.</source>
        <translation>Noch nicht bekannt: {event} hat kein erfasstes Ergebnis.</translation>
    </message>
    <message>
        <source>{offered} at {level:.1f}</source>
        <translation>{offered} auf Niveau {level:.1f}</translation>
    </message>
    <message>
        <source>they countered</source>
        <translation>Gegenangebot der Gegenseite</translation>
    </message>
    <message>
        <source>they said “{statement}”</source>
        <translation>die Gegenseite sagte „{statement}“</translation>
    </message>
    <message>
        <source>{issue} matters most to them</source>
        <translation>{issue} ist der Gegenseite am wichtigsten</translation>
    </message>
    <message>
        <source>nothing new about their priorities</source>
        <translation>nichts Neues über ihre Prioritäten</translation>
    </message>
    <message>
        <source>top issue now {issue} ({share:.0f} %)</source>
        <translation>wichtigster Verhandlungspunkt jetzt {issue} ({share:.0f} %)</translation>
    </message>
    <message>
        <source>{issue} {before:.0f} → {after:.0f} %</source>
        <translation>{issue} {before:.0f} → {after:.0f} %</translation>
    </message>
    <message>
        <source>their walk-away about {value:.0f} ({low:.0f}–{high:.0f})</source>
        <translation>Ausstiegspunkt der Gegenseite etwa {value:.0f} ({low:.0f}–{high:.0f})</translation>
    </message>
    <message>
        <source>Our agreement stands. Would this work better for you?</source>
        <extracomment>The set must hold a package better for them with at least this probability — the chance that at least one of the suggestions is better for them (the bar the user can lower or raise: offering a set costs little, so the default is low). Every suggestion is better for them in at least this share of the plausible profiles (a long shot in a set that, as a whole, clears the bar — never a package that helps nobody). Posterior samples that judge the candidates. Their gain (points) that counts as &quot;better&quot; in one sample (float noise is not a gain). Every local candidate changes at most this many terms (four when the plan is small). Local candidates generated at most (combinations of more changed terms are skipped beyond it). Candidates judged under the posterior samples at most; at most ``PER_GROUP`` of them change the same set of issues. Points subtracted per changed term when ranking (simpler proposals first). Quantile of their gain used as the robust gain. Weight of our own gain (points) against their robust gain when ranking. Two suggestions must differ by at least this much (term_distance; 1 = one issue&apos;s worth). The line on post-settlement cards (one option / several). (Shown as ``tr(PSS_LINE_ONE)`` …: :func:`pss_line`.)</extracomment>
        <translation>Unsere Einigung steht. Wäre das hier besser für Sie?</translation>
    </message>
    <message>
        <source>Our agreement stands. Would either of these work better for you?</source>
        <translation>Unsere Einigung steht. Wäre eine dieser beiden Varianten besser für Sie?</translation>
    </message>
    <message>
        <source>Our agreement stands. Would any of these work better for you?</source>
        <translation>Unsere Einigung steht. Wäre eine dieser Varianten besser für Sie?</translation>
    </message>
    <message>
        <source>Alternative</source>
        <extracomment>The heading word of post-settlement cards (&quot;Alternative A&quot;; shown as ``tr(PSS_HEADING)``).</extracomment>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>the same for you</source>
        <translation>für Sie gleich</translation>
    </message>
    <message>
        <source>+{gain:.1f} points for you</source>
        <translation>+{gain:.1f} Punkte für Sie</translation>
    </message>
    <message>
        <source>about +{gain:.1f} points for them</source>
        <translation>etwa +{gain:.1f} Punkte für die Gegenseite</translation>
    </message>
    <message>
        <source>No post-settlement suggestion: {reason}</source>
        <translation>Kein Vorschlag zur Nachverhandlung: {reason}</translation>
    </message>
    <message>
        <source>{ours}; {theirs} ({sure} sure it is better for them)</source>
        <translation>{ours}; {theirs} (zu {sure} sicher besser für die Gegenseite)</translation>
    </message>
    <message>
        <source>{issue} {before} → {after}, without its contingent clause (from this term it would work the other way)</source>
        <extracomment>the agreement&apos;s clause on this term is dropped: from the new term it would work the other way</extracomment>
        <translation>{issue} {before} → {after}, ohne die bedingte Klausel (ab diesem Wert würde sie umgekehrt wirken)</translation>
    </message>
    <message>
        <source>about {gain} points for them on average</source>
        <translation>im Mittel etwa {gain} Punkte für die Gegenseite</translation>
    </message>
    <message>
        <source>Chance that at least one is better for them: {chance}.</source>
        <translation>Wahrscheinlichkeit, dass mindestens einer besser für die Gegenseite ist: {chance}.</translation>
    </message>
    <message>
        <source>no agreement recorded: give the agreed package</source>
        <translation>keine Einigung erfasst: geben Sie das vereinbarte Paket an</translation>
    </message>
    <message>
        <source>the plan has no issues.</source>
        <translation>der Plan hat keine Verhandlungspunkte.</translation>
    </message>
    <message>
        <source>the agreement is worth {points:.1f} points, below your reservation value {reservation:.1f}, and no acceptable package close to it reaches the reservation.</source>
        <translation>die Einigung ist {points:.1f} Punkte wert, unter Ihrem Reservationswert {reservation:.1f}, und kein akzeptables Paket in ihrer Nähe erreicht den Reservationswert.</translation>
    </message>
    <message>
        <source>no other acceptable package is worth at least as much to you as the agreement ({points:.1f} points).</source>
        <translation>kein anderes akzeptables Paket ist Ihnen mindestens so viel wert wie die Einigung ({points:.1f} Punkte).</translation>
    </message>
    <message>
        <source>nothing is likely to help: no set of packages at least as good for you holds one better for them with {bar:.0f} % probability (the best: {best:.0f} %) — the agreement seems to sit on the frontier; lower the bar to propose long shots, or record more of their reactions.</source>
        <translation>voraussichtlich hilft nichts: keine Auswahl von Paketen, die für Sie mindestens so gut sind, enthält mit {bar:.0f} % Wahrscheinlichkeit eines, das für die Gegenseite besser ist (die beste: {best:.0f} %) — die Einigung scheint auf der Grenze zu liegen; senken Sie die Schwelle, um auch unsichere Vorschläge zu machen, oder erfassen Sie mehr Reaktionen der Gegenseite.</translation>
    </message>
    <message>
        <source>nothing that your approvers accept is likely to help; the likelier improvements are refused by {refusals}.</source>
        <translation>nichts, was Ihre Freigeber akzeptieren, hilft wahrscheinlich; die aussichtsreicheren Verbesserungen werden abgelehnt von {refusals}.</translation>
    </message>
    <message>
        <source>every improvement found is refused by {refusals}.</source>
        <translation>jede gefundene Verbesserung wird abgelehnt von {refusals}.</translation>
    </message>
    <message>
        <source>only 1 sufficiently different package at least as good for you is better for them in at least 1 plausible case in 10.</source>
        <translation>nur 1 ausreichend verschiedenes Paket ist für Sie mindestens so gut und in mindestens 1 von 10 plausiblen Fällen besser für die Gegenseite.</translation>
    </message>
    <message>
        <source>only {count} sufficiently different packages at least as good for you are better for them in at least 1 plausible case in 10.</source>
        <translation>nur {count} ausreichend verschiedene Pakete sind für Sie mindestens so gut und in mindestens 1 von 10 plausiblen Fällen besser für die Gegenseite.</translation>
    </message>
    <message>
        <source>Alternatives to our agreement of {date}</source>
        <translation>Alternativen zu unserer Einigung vom {date}</translation>
    </message>
    <message>
        <source>Alternatives to our agreement</source>
        <translation>Alternativen zu unserer Einigung</translation>
    </message>
    <message>
        <source>No price or other numeric issue to express it in.</source>
        <extracomment>Most terms of one issue evaluated at once (a fine step over a wide range is sampled). A term counts as reaching the level within this many points (the rounding of a sum). The issue it is expressed on (&quot;&quot; when the plan has no numeric issue that matters). What the other terms are: &quot;the competing quote&quot;, &quot;package Fallback&quot;. Some acceptable term of the issue brings the reference to the level. The range of terms that does (numbers; ``None`` when out of reach). The words the panel shows.</extracomment>
        <translation>Kein Preis und kein anderer numerischer Verhandlungspunkt, in dem es sich ausdrücken ließe.</translation>
    </message>
    <message>
        <source>{issue} is not a numeric issue</source>
        <translation>{issue} ist kein numerischer Verhandlungspunkt</translation>
    </message>
    <message>
        <source>Out of reach on {issue} alone: even at {term}, the other terms as in {reference}, it comes to {points:.1f}.</source>
        <translation>Allein über {issue} nicht erreichbar: selbst bei {term}, übrige Bedingungen wie in: {reference}, ergibt es {points:.1f}.</translation>
    </message>
    <message>
        <source>any {issue} ({range}) keeps it, the other terms as in {reference}.</source>
        <translation>jeder Wert von {issue} ({range}) hält es, übrige Bedingungen wie in: {reference}.</translation>
    </message>
    <message>
        <source>{issue} at most {high} (your hard limit), the other terms as in {reference}.</source>
        <translation>{issue} höchstens {high} (Ihre harte Grenze), übrige Bedingungen wie in: {reference}.</translation>
    </message>
    <message>
        <source>{issue} at most {high}, the other terms as in {reference}.</source>
        <translation>{issue} höchstens {high}, übrige Bedingungen wie in: {reference}.</translation>
    </message>
    <message>
        <source>{issue} at least {low} (your hard limit), the other terms as in {reference}.</source>
        <translation>{issue} mindestens {low} (Ihre harte Grenze), übrige Bedingungen wie in: {reference}.</translation>
    </message>
    <message>
        <source>{issue} at least {low}, the other terms as in {reference}.</source>
        <translation>{issue} mindestens {low}, übrige Bedingungen wie in: {reference}.</translation>
    </message>
    <message>
        <source>{issue} between {low} and {high} (your hard limit), the other terms as in {reference}.</source>
        <translation>{issue} zwischen {low} und {high} (Ihre harte Grenze), übrige Bedingungen wie in: {reference}.</translation>
    </message>
    <message>
        <source>{issue} between {low} and {high}, the other terms as in {reference}.</source>
        <translation>{issue} zwischen {low} und {high}, übrige Bedingungen wie in: {reference}.</translation>
    </message>
    <message>
        <source>Their walk-away is unknown: no “none of these” or acceptance recorded, and no guess entered.</source>
        <extracomment>z of the 80 % range (an entered ± is the half-width of an 80 % range). Posterior samples used for the probability that a ZOPA exists. Samples for the inferred reservation&apos;s mean and range.</extracomment>
        <translation>Der Ausstiegspunkt der Gegenseite ist unbekannt: kein „keines davon“ und keine Annahme erfasst, und keine Vermutung eingegeben.</translation>
    </message>
    <message>
        <source>Their walk-away: about {value:.0f} of their points (80 %: {low:.0f}–{high:.0f}), your guess.</source>
        <translation>Ausstiegspunkt der Gegenseite: etwa {value:.0f} ihrer Punkte (80 %: {low:.0f}–{high:.0f}), Ihre Vermutung.</translation>
    </message>
    <message>
        <source>Their walk-away: about {value:.0f} of their points (80 %: {low:.0f}–{high:.0f}), inferred from 1 reaction (“none of these” or an acceptance).</source>
        <translation>Ausstiegspunkt der Gegenseite: etwa {value:.0f} ihrer Punkte (80 %: {low:.0f}–{high:.0f}), abgeleitet aus 1 Reaktion („keines davon“ oder eine Annahme).</translation>
    </message>
    <message>
        <source>Their walk-away: about {value:.0f} of their points (80 %: {low:.0f}–{high:.0f}), inferred from {count} reactions (“none of these” or an acceptance).</source>
        <translation>Ausstiegspunkt der Gegenseite: etwa {value:.0f} ihrer Punkte (80 %: {low:.0f}–{high:.0f}), abgeleitet aus {count} Reaktionen („keines davon“ oder eine Annahme).</translation>
    </message>
    <message>
        <source>The plan has no issues yet.</source>
        <extracomment>Their best expected value among packages at or above our reservation (None: none is).</extracomment>
        <translation>Der Plan hat noch keine Verhandlungspunkte.</translation>
    </message>
    <message>
        <source>Their values are a guess (no reactions recorded yet: opposite interests, equal weights).</source>
        <translation>Die Werte der Gegenseite sind eine Vermutung (noch keine Reaktionen erfasst: gegenläufige Interessen, gleiche Gewichte).</translation>
    </message>
    <message>
        <source>Their values are estimated from 1 observation.</source>
        <translation>Die Werte der Gegenseite sind aus 1 Beobachtung geschätzt.</translation>
    </message>
    <message>
        <source>Their values are estimated from {count} observations.</source>
        <translation>Die Werte der Gegenseite sind aus {count} Beobachtungen geschätzt.</translation>
    </message>
    <message>
        <source>Your walk-away: {points:.1f} points (the competing quote).</source>
        <translation>Ihr Ausstiegspunkt: {points:.1f} Punkte (das Konkurrenzangebot).</translation>
    </message>
    <message>
        <source>Your walk-away: {points:.1f} points (set by hand; the competing quote is worth {quote:.1f}).</source>
        <translation>Ihr Ausstiegspunkt: {points:.1f} Punkte (von Hand gesetzt; das Konkurrenzangebot ist {quote:.1f} wert).</translation>
    </message>
    <message>
        <source>Your walk-away: {points:.1f} points (set by hand).</source>
        <translation>Ihr Ausstiegspunkt: {points:.1f} Punkte (von Hand gesetzt).</translation>
    </message>
    <message>
        <source>No acceptable package reaches your walk-away of {points:.1f} points: there is no ZOPA.</source>
        <translation>Kein akzeptables Paket erreicht Ihren Ausstiegspunkt von {points:.1f} Punkten: Es gibt keine ZOPA (Einigungsbereich).</translation>
    </message>
    <message>
        <source>At your walk-away, the best you can give them is worth about {best:.0f} of their points; whether that clears their walk-away is unknown.</source>
        <translation>An Ihrem Ausstiegspunkt ist das Beste, was Sie der Gegenseite geben können, etwa {best:.0f} ihrer Punkte wert; ob das über ihrem Ausstiegspunkt liegt, ist unbekannt.</translation>
    </message>
    <message>
        <source>Estimated ZOPA: packages worth {our_low:.1f}–{our_high:.1f} points to you, {their_low:.0f}–{their_high:.0f} to them (a ZOPA exists in {pct:.0f} % of the plausible profiles).</source>
        <translation>Geschätzte ZOPA (Einigungsbereich): Pakete, die Ihnen {our_low:.1f}–{our_high:.1f} Punkte wert sind, der Gegenseite {their_low:.0f}–{their_high:.0f} (eine ZOPA gibt es in {pct:.0f} % der plausiblen Profile).</translation>
    </message>
    <message>
        <source>Estimated ZOPA: packages worth {our_low:.1f}–{our_high:.1f} points to you, {their_low:.0f}–{their_high:.0f} to them.</source>
        <translation>Geschätzte ZOPA (Einigungsbereich): Pakete, die Ihnen {our_low:.1f}–{our_high:.1f} Punkte wert sind, der Gegenseite {their_low:.0f}–{their_high:.0f}.</translation>
    </message>
    <message>
        <source>A ZOPA only under the average estimate (packages worth {our_low:.1f}–{our_high:.1f} points to you, {their_low:.0f}–{their_high:.0f} to them); it exists in just {pct:.0f} % of the plausible profiles.</source>
        <translation>Eine ZOPA (Einigungsbereich) nur unter der mittleren Schätzung (Pakete, die Ihnen {our_low:.1f}–{our_high:.1f} Punkte wert sind, der Gegenseite {their_low:.0f}–{their_high:.0f}); es gibt sie nur in {pct:.0f} % der plausiblen Profile.</translation>
    </message>
    <message>
        <source>A ZOPA exists in {pct:.0f} % of the plausible profiles, though not under the average estimate: at your walk-away the best you can give them is worth about {best:.0f} of their points, below their {theirs:.0f}. Which packages it holds depends on what they value.</source>
        <translation>Eine ZOPA (Einigungsbereich) gibt es in {pct:.0f} % der plausiblen Profile, nicht aber unter der mittleren Schätzung: An Ihrem Ausstiegspunkt ist das Beste, was Sie der Gegenseite geben können, etwa {best:.0f} ihrer Punkte wert, unter ihren {theirs:.0f}. Welche Pakete sie enthält, hängt davon ab, was der Gegenseite wichtig ist.</translation>
    </message>
    <message>
        <source>Probably no ZOPA: at your walk-away the best you can give them is worth about {best:.0f} of their points, below their {theirs:.0f}. A ZOPA exists in only {pct:.0f} % of the plausible profiles.</source>
        <translation>Wahrscheinlich keine ZOPA (Einigungsbereich): An Ihrem Ausstiegspunkt ist das Beste, was Sie der Gegenseite geben können, etwa {best:.0f} ihrer Punkte wert, unter ihren {theirs:.0f}. Eine ZOPA gibt es nur in {pct:.0f} % der plausiblen Profile.</translation>
    </message>
    <message>
        <source>Probably no ZOPA: at your walk-away the best you can give them is worth about {best:.0f} of their points, below their {theirs:.0f}.</source>
        <translation>Wahrscheinlich keine ZOPA (Einigungsbereich): An Ihrem Ausstiegspunkt ist das Beste, was Sie der Gegenseite geben können, etwa {best:.0f} ihrer Punkte wert, unter ihren {theirs:.0f}.</translation>
    </message>
    <message>
        <source>{issue} {before} → {after}: saves {amount}</source>
        <extracomment>Priced by the total cost model (a change of what we pay), not by a money equivalent.</extracomment>
        <translation>{issue} {before} → {after}: spart {amount}</translation>
    </message>
    <message>
        <source>{issue} {before} → {after}: costs {amount} more</source>
        <translation>{issue} {before} → {after}: kostet {amount} mehr</translation>
    </message>
    <message>
        <source>{issue} {before} → {after}: worth {amount} to us</source>
        <translation>{issue} {before} → {after}: uns {amount} wert</translation>
    </message>
    <message>
        <source>{issue} {before} → {after}: worth {amount} less to us</source>
        <translation>{issue} {before} → {after}: uns {amount} weniger wert</translation>
    </message>
    <message>
        <source>≈ {amount} in money ({issues})</source>
        <translation>≈ {amount} in Geld ({issues})</translation>
    </message>
    <message>
        <source>though ≈ {amount} more in money ({issues})</source>
        <translation>allerdings ≈ {amount} mehr in Geld ({issues})</translation>
    </message>
    <message>
        <source>the other issues</source>
        <translation>die übrigen Verhandlungspunkte</translation>
    </message>
    <message>
        <source>≈ {amount} in money ({issues}) plus {points:.1f} points on {rest}</source>
        <translation>≈ {amount} in Geld ({issues}) plus {points:.1f} Punkte bei {rest}</translation>
    </message>
    <message>
        <source>≈ {amount} in money ({issues}) less {points:.1f} points on {rest}</source>
        <translation>≈ {amount} in Geld ({issues}) abzüglich {points:.1f} Punkte bei {rest}</translation>
    </message>
    <message>
        <source>though ≈ {amount} more in money ({issues}) plus {points:.1f} points on {rest}</source>
        <translation>allerdings ≈ {amount} mehr in Geld ({issues}) plus {points:.1f} Punkte bei {rest}</translation>
    </message>
    <message>
        <source>though ≈ {amount} more in money ({issues}) less {points:.1f} points on {rest}</source>
        <translation>allerdings ≈ {amount} mehr in Geld ({issues}) abzüglich {points:.1f} Punkte bei {rest}</translation>
    </message>
    <message>
        <source>Round {round}, option {option} (accepted)</source>
        <translation>Runde {round}, Option {option} (angenommen)</translation>
    </message>
    <message>
        <source>Round {round}, option {option}</source>
        <translation>Runde {round}, Option {option}</translation>
    </message>
    <message>
        <source>{confidence:.0f} % after the rounds</source>
        <translation>{confidence:.0f} % nach den Runden</translation>
    </message>
    <message>
        <source>{confidence:.0f} %</source>
        <comment>confidence</comment>
        <translation>{confidence:.0f} %</translation>
    </message>
    <message>
        <source>{condition} ({what})</source>
        <comment>constituency condition</comment>
        <translation>{condition} ({what})</translation>
    </message>
    <message>
        <source>met by {options}</source>
        <translation>erfüllt von {options}</translation>
    </message>
    <message>
        <source>met by no option</source>
        <translation>von keiner Option erfüllt</translation>
    </message>
    <message>
        <source>Their {party}: {condition}, {confidence} — {met}.</source>
        <translation>Gegenseite – {party}: {condition}, {confidence} — {met}.</translation>
    </message>
    <message>
        <source>The relationship is {weight}.</source>
        <translation>Die Beziehung ist {weight}.</translation>
    </message>
    <message>
        <source>The relationship is preferred (not set).</source>
        <translation>Die Beziehung ist bevorzugt (nicht festgelegt).</translation>
    </message>
    <message>
        <source>Option {letter}: {points:.1f} points, relationship {effect:+.1f}.</source>
        <translation>Option {letter}: {points:.1f} Punkte, Beziehung {effect:+.1f}.</translation>
    </message>
    <message>
        <source>From option {letter}: {move}.</source>
        <translation>Ausgehend von Option {letter}: {move}.</translation>
    </message>
    <message>
        <source>strategic</source>
        <comment>relationship</comment>
        <translation>strategisch</translation>
    </message>
    <message>
        <source>preferred</source>
        <comment>relationship</comment>
        <translation>bevorzugt</translation>
    </message>
    <message>
        <source>transactional</source>
        <comment>relationship</comment>
        <translation>transaktional</translation>
    </message>
    <message>
        <source>✓ signs: {reason}</source>
        <translation>✓ gibt frei: {reason}</translation>
    </message>
    <message>
        <source>{approver} (ours)</source>
        <translation>{approver} (unsere Seite)</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ erfüllt</translation>
    </message>
    <message>
        <source>✗ not met</source>
        <translation>✗ nicht erfüllt</translation>
    </message>
    <message>
        <source>Their {party}</source>
        <comment>a constituency</comment>
        <translation>Gegenseite: {party}</translation>
    </message>
    <message>
        <source>{party} met</source>
        <translation>{party} erfüllt</translation>
    </message>
    <message>
        <source>{party} not met</source>
        <translation>{party} nicht erfüllt</translation>
    </message>
    <message>
        <source>{party} not said</source>
        <translation>{party} offen</translation>
    </message>
    <message>
        <source>Their side, by the agreement: {parties}.</source>
        <translation>Gegenseite, gemessen an der Einigung: {parties}.</translation>
    </message>
    <message>
        <source>The agreement: {points:.1f} points, relationship {effect:+.1f} ({weight} supplier).</source>
        <translation>Die Einigung: {points:.1f} Punkte, Beziehung {effect:+.1f} (Lieferantenstatus: {weight}).</translation>
    </message>
    <message>
        <source>We are happy to proceed with any of these options — which works best for you?</source>
        <extracomment>Card layouts understood by the renderer and the CLI. The line that presents several options as simultaneous and equally welcome (English; printed as ``tr(PRESENTATION_LINE)`` in the plan&apos;s language, like the other lines below).</extracomment>
        <translation>Wir schließen gerne auf Basis jeder dieser Optionen ab — welche passt für Sie am besten?</translation>
    </message>
    <message>
        <source>We are happy to proceed on these terms.</source>
        <extracomment>The line on a single card (one option only).</extracomment>
        <translation>Wir schließen gerne zu diesen Bedingungen ab.</translation>
    </message>
    <message>
        <source>Why this works for you</source>
        <extracomment>The heading of the optional card reverse (talking points for their negotiator).</extracomment>
        <translation>Warum das für Sie passt</translation>
    </message>
    <message>
        <source>These terms are offered together with the other options; choose what suits you best.</source>
        <extracomment>A reverse with no talking point says this (the card still has a back when asked for); a single card has no other options to mention.</extracomment>
        <translation>Diese Bedingungen bieten wir zusammen mit den anderen Optionen an; wählen Sie, was Ihnen am besten passt.</translation>
    </message>
    <message>
        <source>These terms are offered as a whole; tell us what would make them work for you.</source>
        <translation>Diese Bedingungen bieten wir als Ganzes an; sagen Sie uns, was sie für Sie passend machen würde.</translation>
    </message>
    <message>
        <source>Option {letter} ({name})</source>
        <comment>for us</comment>
        <extracomment>Words that must never appear on a card or in its metadata (the no-leak tests check them).</extracomment>
        <translation>Option {letter} ({name})</translation>
    </message>
    <message>
        <source>Option {letter}</source>
        <comment>for us</comment>
        <translation>Option {letter}</translation>
    </message>
    <message>
        <source>{first} (and {more} more)</source>
        <translation>{first} (und {more} weitere)</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <comment>a term</comment>
        <extracomment>The term differs between the cards of the set (the renderer highlights it). The issue&apos;s description (printed only when the user asks for descriptions). A contingent term&apos;s clause in one plain sentence, printed under the term (&quot;If on-time delivery falls below 95 % in a quarter, the unit price …&quot;); &quot;&quot; for a fixed term. It is built from the clause, the base term and the event&apos;s name only — never from a forecast.</extracomment>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Option {letter}</source>
        <comment>card title</comment>
        <extracomment>Letters of the other cards of the set (empty for a single card). The word before the letter (&quot;Option&quot;; post-settlement cards say &quot;Alternative&quot;), in English: the card prints it in its ``language``. The talking points on the card&apos;s reverse (&quot;Why this works for you&quot;; empty: no reverse). The language the card is printed in (the plan&apos;s); None: the language being spoken.</extracomment>
        <translation>Option {letter}</translation>
    </message>
    <message>
        <source>Alternative {letter}</source>
        <comment>card title</comment>
        <translation>Alternative {letter}</translation>
    </message>
    <message>
        <source>Offered together with option {letters}.</source>
        <translation>Angeboten zusammen mit Option {letters}.</translation>
    </message>
    <message>
        <source>Offered together with options {letters}.</source>
        <translation>Angeboten zusammen mit den Optionen {letters}.</translation>
    </message>
    <message>
        <source>Offered together with alternative {letters}.</source>
        <translation>Angeboten zusammen mit Alternative {letters}.</translation>
    </message>
    <message>
        <source>Offered together with alternatives {letters}.</source>
        <translation>Angeboten zusammen mit den Alternativen {letters}.</translation>
    </message>
    <message>
        <source>Offered together with {options} {letters}.</source>
        <translation>Angeboten zusammen mit {options} {letters}.</translation>
    </message>
    <message>
        <source>For {who}</source>
        <comment>card addressee</comment>
        <extracomment>Optional subject line chosen by the user (&quot;Office chairs 2027&quot;); empty by default, because the plan&apos;s working title is ours, not theirs. Their negotiator (the plan&apos;s properties), printed on the &quot;For …&quot; line. The heading of the card reverses; &quot;&quot; when the cards have no reverse. The language the cards are printed in (the plan&apos;s); None: the language being spoken.</extracomment>
        <translation>Für {who}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Gültig bis {date}</translation>
    </message>
    <message>
        <source>Options for {counterpart}</source>
        <translation>Optionen für {counterpart}</translation>
    </message>
    <message>
        <source>Options</source>
        <comment>card document title</comment>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>no package called {name!r} in the plan</source>
        <translation>kein Paket namens {name!r} im Plan</translation>
    </message>
    <message>
        <source>{who}: {problem}</source>
        <translation>{who}: {problem}</translation>
    </message>
    <message>
        <source>{who} is below our reservation value ({score:.1f} &lt; {reservation:.1f} points)</source>
        <translation>{who} liegt unter unserem Reservationswert ({score:.1f} &lt; {reservation:.1f} Punkte)</translation>
    </message>
    <message>
        <source>no packages to print</source>
        <translation>keine Pakete zu drucken</translation>
    </message>
    <message>
        <source>cannot offer {problem}</source>
        <translation>Angebot nicht möglich: {problem}</translation>
    </message>
    <message>
        <source>says “{word}”</source>
        <translation>enthält „{word}“</translation>
    </message>
    <message>
        <source>contains {figure}, one of our figures</source>
        <translation>enthält {figure}, eine unserer Zahlen</translation>
    </message>
    <message>
        <source>the talking point “{line}” {why}</source>
        <translation>das Argument „{line}“ {why}</translation>
    </message>
    <message>
        <source>MESO set {name!r}; {skipped} that would show our hand left out</source>
        <translation>MESO-Set {name!r}; {skipped}, die unsere Karten aufdecken würden, weggelassen</translation>
    </message>
    <message>
        <source>MESO set {name!r}</source>
        <translation>MESO-Set {name!r}</translation>
    </message>
    <message>
        <source>the plan has no MESO set and no package that may be offered</source>
        <translation>der Plan hat kein MESO-Set und kein Paket, das angeboten werden darf</translation>
    </message>
    <message>
        <source>all packages of the plan; {skipped} that may not be offered left out</source>
        <translation>alle Pakete des Plans; {skipped}, die nicht angeboten werden dürfen, weggelassen</translation>
    </message>
    <message>
        <source>all packages of the plan</source>
        <translation>alle Pakete des Plans</translation>
    </message>
    <message>
        <source>the subject line</source>
        <extracomment>Our words (points, weights, reservation …) in English and German (cards printed in German).</extracomment>
        <translation>die Betreffzeile</translation>
    </message>
    <message>
        <source>our organisation&apos;s name</source>
        <translation>der Name unserer Organisation</translation>
    </message>
    <message>
        <source>the counterpart&apos;s name</source>
        <translation>der Name der Gegenseite</translation>
    </message>
    <message>
        <source>their negotiator&apos;s name</source>
        <translation>der Name des Verhandlungsführers der Gegenseite</translation>
    </message>
    <message>
        <source>the description of {issue}</source>
        <translation>die Beschreibung von {issue}</translation>
    </message>
    <message>
        <source>the constituency {party!r}</source>
        <translation>die Anspruchsgruppe {party!r}</translation>
    </message>
    <message>
        <source>{where} says “{word}”</source>
        <translation>{where} enthält „{word}“</translation>
    </message>
    <message>
        <source>{where} contains {figure}, one of our figures</source>
        <translation>{where} enthält {figure}, eine unserer Zahlen</translation>
    </message>
    <message>
        <source>{where} names {name}, another supplier</source>
        <translation>{where} nennt {name}, einen anderen Lieferanten</translation>
    </message>
    <message>
        <source>the condition on {issue} says “{word}” (the event&apos;s name or unit)</source>
        <translation>die Klausel zu {issue} enthält „{word}“ (Name oder Einheit des Ereignisses)</translation>
    </message>
    <message>
        <source>level of {name}</source>
        <translation>Niveau von {name}</translation>
    </message>
    <message>
        <source>aspiration</source>
        <comment>level source</comment>
        <translation>Anspruchsniveau</translation>
    </message>
    <message>
        <source>our BATNA (the competing quote)</source>
        <extracomment>A numeric term is *near* another within this many of its steps … … or within this share of its range, whichever is wider (``docs/cards.md``). Words in a package&apos;s name or note that say it is the competing quote (our BATNA). Cards whose options spread more than this many of our points are not equal: the MESO engine places every package within its widest tolerance of one level (``docs/cards.md``).</extracomment>
        <translation>unsere BATNA (das Konkurrenzangebot)</translation>
    </message>
    <message>
        <source>our outside option</source>
        <translation>unsere externe Option</translation>
    </message>
    <message>
        <source>the competing quote {name!r}</source>
        <translation>das Konkurrenzangebot {name!r}</translation>
    </message>
    <message>
        <source>it is {what}</source>
        <translation>sie ist {what}</translation>
    </message>
    <message>
        <source>it is a near-copy of {what}</source>
        <translation>sie ist fast dasselbe wie {what}</translation>
    </message>
    <message>
        <source>it is worth our reservation value ({score:.1f} ≈ {reservation:.1f} points)</source>
        <translation>sie ist so viel wert wie unser Reservationswert ({score:.1f} ≈ {reservation:.1f} Punkte)</translation>
    </message>
    <message>
        <source>{who} would show our hand: {reason}</source>
        <translation>{who} würde unsere Karten aufdecken: {reason}</translation>
    </message>
    <message>
        <source>{offer} of {supplier}</source>
        <translation>{offer} von {supplier}</translation>
    </message>
    <message>
        <source>it is the {offer}</source>
        <translation>sie ist dasselbe wie {offer}</translation>
    </message>
    <message>
        <source>it is a near-copy of the {offer}</source>
        <translation>sie ist fast dasselbe wie {offer}</translation>
    </message>
    <message>
        <source>{who} may not go to {supplier}: {reason}, another supplier</source>
        <translation>{who} darf nicht an {supplier} gehen: {reason}, ein anderer Lieferant</translation>
    </message>
    <message>
        <source>the options are not equal for us: they spread {width:.1f} points (more than {limit:g}), yet the cards call them equally welcome</source>
        <translation>die Optionen sind für uns nicht gleichwertig: sie liegen {width:.1f} Punkte auseinander (mehr als {limit:g}), doch die Karten nennen sie gleich willkommen</translation>
    </message>
    <message>
        <source>refuses unless {requirement}</source>
        <translation>lehnt ab, außer bei {requirement}</translation>
    </message>
    <message>
        <source>must sign off unless {requirement}</source>
        <translation>muss freigeben, außer bei {requirement}</translation>
    </message>
    <message>
        <source>{approvers} — the agreement: {verdict}.</source>
        <translation>{approvers} — die Einigung: {verdict}.</translation>
    </message>
    <message>
        <source>no approver is involved</source>
        <translation>kein Freigeber ist beteiligt</translation>
    </message>
    <message>
        <source>{letter}: {verdict}.</source>
        <comment>approvers of an option</comment>
        <translation>{letter}: {verdict}.</translation>
    </message>
    <message>
        <source>Their negotiator: {name}.</source>
        <translation>Verhandlungsführer der Gegenseite: {name}.</translation>
    </message>
    <message>
        <source>INTERNAL — for approvers on our side; never send to the counterpart</source>
        <extracomment>The red line on the summary (English; printed as ``tr(INTERNAL_BANNER)`` in the plan&apos;s language).</extracomment>
        <translation>INTERN — für unsere Freigeber; nie an die Gegenseite senden</translation>
    </message>
    <message>
        <source>{approver} — {condition}</source>
        <extracomment>(issue, term in words), in the plan&apos;s issue order The status as a key (&quot;unacceptable&quot;, &quot;below&quot;, &quot;short&quot;, &quot;ok&quot;; &quot;&quot; when not known).</extracomment>
        <translation>{approver} — {condition}</translation>
    </message>
    <message>
        <source>Summary for approvers: {title} (INTERNAL)</source>
        <extracomment>&quot;The deal&quot; (an agreement is recorded) or &quot;The plan&quot;. Per package on the table, who must sign it off and who objects, and why (&quot;C: CFO must sign off (total EUR 576,485 &gt; EUR 400,000); Quality objects: warranty 12 &lt; 24 months.&quot;); empty when no approver&apos;s condition applies to the plan. The language the summary is written in (the plan&apos;s); None: the language being spoken.</extracomment>
        <translation>Zusammenfassung für die Freigabe: {title} (INTERN)</translation>
    </message>
    <message>
        <source>{heading}: {headline}</source>
        <translation>{heading}: {headline}</translation>
    </message>
    <message>
        <source>{name}: {points:.1f} points · {cost} · {status}</source>
        <translation>{name}: {points:.1f} Punkte · {cost} · {status}</translation>
    </message>
    <message>
        <source>{name}: {points:.1f} points · {status}</source>
        <translation>{name}: {points:.1f} Punkte · {status}</translation>
    </message>
    <message>
        <source>Approvals:</source>
        <translation>Freigaben:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Risks:</source>
        <translation>Risiken:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>agreed on {date} ({source})</source>
        <translation>vereinbart am {date} ({source})</translation>
    </message>
    <message>
        <source>agreed on {date}</source>
        <translation>vereinbart am {date}</translation>
    </message>
    <message>
        <source>agreed ({source})</source>
        <translation>vereinbart ({source})</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>vereinbart</translation>
    </message>
    <message>
        <source>Agreement</source>
        <comment>summary column</comment>
        <translation>Einigung</translation>
    </message>
    <message>
        <source>MESO set {name} at {level:.1f} points: {count} packages offered together</source>
        <translation>MESO-Set {name} bei {level:.1f} Punkten: {count} Pakete gemeinsam angeboten</translation>
    </message>
    <message>
        <source>MESO set {name}: {count} packages offered together</source>
        <translation>MESO-Set {name}: {count} Pakete gemeinsam angeboten</translation>
    </message>
    <message>
        <source>{count} package prepared, no MESO set yet</source>
        <translation>{count} Paket vorbereitet, noch kein MESO-Set</translation>
    </message>
    <message>
        <source>{count} packages prepared, no MESO set yet</source>
        <translation>{count} Pakete vorbereitet, noch kein MESO-Set</translation>
    </message>
    <message>
        <source>{name}: {warning}</source>
        <comment>a package&apos;s risk</comment>
        <translation>{name}: {warning}</translation>
    </message>
    <message>
        <source>No approvers recorded in the plan&apos;s properties.</source>
        <translation>Keine Freigeber in den Planeigenschaften erfasst.</translation>
    </message>
    <message>
        <source>The deal</source>
        <translation>Der Abschluss</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>{approver}: {reason}.</source>
        <comment>a condition that never applies</comment>
        <translation>{approver}: {reason}.</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <extracomment>What the editor&apos;s &quot;Kind&quot; column offers, in words → the stored kind.</extracomment>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <extracomment>Largest number of grid points a numeric issue may have (a price from 0 to 1000 on a 0.01 step has 100 001 points; more than that is a typo, not a plan). Relative tolerance used to decide whether a number lies on a step grid. Largest money equivalent of one unit (in the plan&apos;s currency): beyond it a debrief&apos;s sums stop being numbers people can read (docs/file-format.md). An issue whose best and worst terms lie less than this many points apart is *flat*: its weight no longer tells packages apart (docs/weights-and-packages.md, &quot;swing&quot;). Bend of a concave/convex curve (&gt; 0; larger bends more). Ignored for linear. Points ``(term, value 0..100)`` of a breakpoint curve, sorted by term. A term on the worse side of this limit is never acceptable. Money equivalent of one unit of this issue towards the better end, in the plan&apos;s currency (e.g. one week of delivery is worth 800 EUR to us).</extracomment>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>is a term, options, the total cost or their points</source>
        <translation>ist eine Bedingung, Optionen, die Gesamtkosten oder ihre Punkte</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>braucht einen Wert</translation>
    </message>
    <message>
        <source>choose the issue the condition is on</source>
        <translation>wählen Sie den Verhandlungspunkt, für den die Bedingung gilt</translation>
    </message>
    <message>
        <source>a total cost is at least 0</source>
        <translation>Gesamtkosten sind mindestens 0</translation>
    </message>
    <message>
        <source>their points lie between 0 and 100</source>
        <translation>ihre Punkte liegen zwischen 0 und 100</translation>
    </message>
    <message>
        <source>{value} is outside {issue}&apos;s range {range}</source>
        <translation>{value} liegt außerhalb des Bereichs von {issue} ({range})</translation>
    </message>
    <message>
        <source>“{text}”: write the issue, then its weight (Warranty 60)</source>
        <translation>„{text}“: schreiben Sie den Verhandlungspunkt, dann sein Gewicht (Gewährleistung 60)</translation>
    </message>
    <message>
        <source>the weight of {issue} must be ≥ 0</source>
        <translation>das Gewicht von {issue} muss ≥ 0 sein</translation>
    </message>
    <message>
        <source>give at least one issue a weight above zero</source>
        <translation>geben Sie mindestens einem Verhandlungspunkt ein Gewicht über null</translation>
    </message>
    <message>
        <source>Change the conditions of {approver}</source>
        <translation>Bedingungen von {approver} ändern</translation>
    </message>
    <message>
        <source>there is no approver {number}</source>
        <translation>es gibt keinen Freigeber {number}</translation>
    </message>
    <message>
        <source>is not valid</source>
        <translation>ist ungültig</translation>
    </message>
    <message>
        <source>a constituency</source>
        <translation>eine Anspruchsgruppe</translation>
    </message>
    <message>
        <source>{party}: the confidence is between 0 and 100 %</source>
        <translation>{party}: die Zuversicht liegt zwischen 0 und 100 %</translation>
    </message>
    <message>
        <source>{party}: the plan has no issue called “{issue}”</source>
        <translation>{party}: der Plan hat keinen Verhandlungspunkt namens „{issue}“</translation>
    </message>
    <message>
        <source>{party}: “one of” needs options, but {issue} is a number</source>
        <translation>{party}: „eine von“ braucht Optionen, aber {issue} ist eine Zahl</translation>
    </message>
    <message>
        <source>{party}: {issue} has no option “{option}”</source>
        <translation>{party}: {issue} hat keine Option „{option}“</translation>
    </message>
    <message>
        <source>{party}: {issue} has options; use “one of”</source>
        <translation>{party}: {issue} hat Optionen; verwenden Sie „eine von“</translation>
    </message>
    <message>
        <source>{party}: {value} is outside {issue}&apos;s range {range}</source>
        <translation>{party}: {value} liegt außerhalb des Bereichs von {issue}, {range}</translation>
    </message>
    <message>
        <source>there is no constituency {number} (the plan has {count})</source>
        <translation>es gibt keine Anspruchsgruppe {number} (der Plan hat {count})</translation>
    </message>
    <message>
        <source>a confidence lies between 0 and 100 %</source>
        <translation>eine Zuversicht liegt zwischen 0 und 100 %</translation>
    </message>
    <message>
        <source>{issue}: the goodwill is between 0 and 10</source>
        <translation>{issue}: das Wohlwollen liegt zwischen 0 und 10</translation>
    </message>
    <message>
        <source>{issue}: the goodwill runs toward “lower” or “higher”</source>
        <translation>{issue}: das Wohlwollen geht in Richtung „niedriger“ oder „höher“</translation>
    </message>
    <message>
        <source>{issue}: name the options that carry goodwill (no option “{option}”)</source>
        <translation>{issue}: nennen Sie die Optionen, die Wohlwollen bringen (keine Option „{option}“)</translation>
    </message>
    <message>
        <source>{issue}: name the options that carry goodwill</source>
        <translation>{issue}: nennen Sie die Optionen, die Wohlwollen bringen</translation>
    </message>
    <message>
        <source>the relationship is strategic, preferred or transactional, not “{weight}”</source>
        <translation>die Beziehung ist strategisch, bevorzugt oder transaktional, nicht „{weight}“</translation>
    </message>
    <message>
        <source>Total cost removed: packages show points only.</source>
        <extracomment>Units that mark an issue as a volume (the guess of :func:`suggested_cost_model`). Words that mark a categorical issue as the delivery term freight depends on. Words that mark a numeric issue as the payment term.</extracomment>
        <translation>Gesamtkosten entfernt: Pakete zeigen nur Punkte.</translation>
    </message>
    <message>
        <source>The total-cost conditions of {approvers} no longer apply (they stay, for a new cost model).</source>
        <translation>Die Bedingungen von {approvers} auf die Gesamtkosten greifen nicht mehr (sie bleiben erhalten, für ein neues Kostenmodell).</translation>
    </message>
    <message>
        <source>Total cost: {model}.</source>
        <translation>Gesamtkosten: {model}.</translation>
    </message>
    <message>
        <source>set the unit price issue first</source>
        <translation>legen Sie zuerst den Verhandlungspunkt für den Stückpreis fest</translation>
    </message>
    <message>
        <source>Remove total cost</source>
        <translation>Gesamtkosten entfernen</translation>
    </message>
    <message>
        <source>Set total cost ({issue})</source>
        <translation>Gesamtkosten festlegen ({issue})</translation>
    </message>
    <message>
        <source>Change total cost</source>
        <translation>Gesamtkosten ändern</translation>
    </message>
    <message>
        <source>freight for {option}: {amount} is below zero (freight is what we pay)</source>
        <translation>Fracht für {option}: {amount} liegt unter null (Fracht ist, was wir zahlen)</translation>
    </message>
    <message>
        <source>financing rate: {rate} % is outside 0–100 %</source>
        <translation>Finanzierungszins: {rate} % liegt außerhalb von 0–100 %</translation>
    </message>
    <message>
        <source>units: {count} must be above zero</source>
        <translation>Stückzahl: {count} muss über null liegen</translation>
    </message>
    <message>
        <source>price breaks: write “from volume: discount %”, not {text}</source>
        <translation>Preisstaffeln: schreiben Sie „ab Menge: Rabatt %“, nicht {text}</translation>
    </message>
    <message>
        <source>price breaks: the volume {volume} must be above zero</source>
        <translation>Preisstaffeln: die Menge {volume} muss über null liegen</translation>
    </message>
    <message>
        <source>price breaks: a discount of {discount} % must lie between 0 and 100 %</source>
        <translation>Preisstaffeln: ein Rabatt von {discount} % muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <source>price breaks: two breaks start at the same volume</source>
        <translation>Preisstaffeln: zwei Staffeln beginnen bei derselben Menge</translation>
    </message>
    <message>
        <source>price breaks: from {more} units the discount ({less_off} %) is smaller than from {fewer} units ({more_off} %)</source>
        <translation>Preisstaffeln: ab {more} Stück ist der Rabatt ({less_off} %) kleiner als ab {fewer} Stück ({more_off} %)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no cost model</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>{price} × {volume} units</source>
        <translation>{price} × {volume} Stück</translation>
    </message>
    <message>
        <source>price breaks {tiers}</source>
        <translation>Preisstaffeln {tiers}</translation>
    </message>
    <message>
        <source>freight by {issue}</source>
        <translation>Fracht nach {issue}</translation>
    </message>
    <message>
        <source>financing {rate:g} % a year on {issue}</source>
        <translation>Finanzierung {rate:g} % pro Jahr auf {issue}</translation>
    </message>
    <message>
        <source>lower is better for {issue}, so {worse} may not be worth more than {better} — to turn the curve round, set Better to Higher</source>
        <extracomment>Points a curve may turn round by rounding alone.</extracomment>
        <translation>für {issue} ist niedriger besser, also darf {worse} nicht mehr wert sein als {better} – um die Kurve umzudrehen, stellen Sie „Besser“ auf „Höher“</translation>
    </message>
    <message>
        <source>higher is better for {issue}, so {worse} may not be worth more than {better} — to turn the curve round, set Better to Lower</source>
        <translation>für {issue} ist höher besser, also darf {worse} nicht mehr wert sein als {better} – um die Kurve umzudrehen, stellen Sie „Besser“ auf „Niedriger“</translation>
    </message>
    <message>
        <source>The curve&apos;s end at {term} is held at {value:.1f} points: {reason}.</source>
        <translation>Das Kurvenende bei {term} wird bei {value:.1f} Punkten gehalten: {reason}.</translation>
    </message>
    <message>
        <source>{issue} is worth more at {worse} than at {better} though lower is better, and its hard limit and trade-offs go by Better: drag the ends back, or set Better to Higher.</source>
        <translation>{issue} ist bei {worse} mehr wert als bei {better}, obwohl niedriger besser ist, und harte Grenze und Abwägungen richten sich nach „Besser“: Ziehen Sie die Enden zurück oder stellen Sie „Besser“ auf „Höher“.</translation>
    </message>
    <message>
        <source>{issue} is worth more at {worse} than at {better} though higher is better, and its hard limit and trade-offs go by Better: drag the ends back, or set Better to Lower.</source>
        <translation>{issue} ist bei {worse} mehr wert als bei {better}, obwohl höher besser ist, und harte Grenze und Abwägungen richten sich nach „Besser“: Ziehen Sie die Enden zurück oder stellen Sie „Besser“ auf „Niedriger“.</translation>
    </message>
    <message>
        <source>The curve of {issue} is flat: its {weight:.0f} % weight no longer counts — set the weight to 0 or give the curve a slope.</source>
        <translation>Die Kurve von {issue} ist flach: Das Gewicht von {weight:.0f} % zählt nicht mehr – setzen Sie das Gewicht auf 0 oder geben Sie der Kurve eine Steigung.</translation>
    </message>
    <message>
        <source>The options of {issue} are all worth the same: its {weight:.0f} % weight no longer counts — set the weight to 0 or give the options different values.</source>
        <translation>Die Optionen von {issue} sind alle gleich viel wert: Das Gewicht von {weight:.0f} % zählt nicht mehr – setzen Sie das Gewicht auf 0 oder geben Sie den Optionen verschiedene Werte.</translation>
    </message>
    <message>
        <source>The curve of {issue} is nearly flat ({swing:.1f} points from its worst to its best term): its {weight:.0f} % weight hardly counts — set the weight to 0 or give the curve a slope.</source>
        <translation>Die Kurve von {issue} ist fast flach ({swing:.1f} Punkte vom schlechtesten zum besten Wert): Das Gewicht von {weight:.0f} % zählt kaum – setzen Sie das Gewicht auf 0 oder geben Sie der Kurve eine Steigung.</translation>
    </message>
    <message>
        <source>The options of {issue} are worth nearly the same ({swing:.1f} points apart): its {weight:.0f} % weight hardly counts — set the weight to 0 or give the options different values.</source>
        <translation>Die Optionen von {issue} sind fast gleich viel wert ({swing:.1f} Punkte auseinander): Das Gewicht von {weight:.0f} % zählt kaum – setzen Sie das Gewicht auf 0 oder geben Sie den Optionen verschiedene Werte.</translation>
    </message>
    <message>
        <source>Stopped at {value:.1f} points: {reason}.</source>
        <translation>Bei {value:.1f} Punkten angehalten: {reason}.</translation>
    </message>
    <message>
        <source>Move breakpoint of {issue}</source>
        <translation>Stützpunkt von {issue} verschieben</translation>
    </message>
    <message>
        <source>There is already a breakpoint at {term}.</source>
        <translation>Bei {term} gibt es schon einen Stützpunkt.</translation>
    </message>
    <message>
        <source>a breakpoint is already there</source>
        <translation>dort ist schon ein Stützpunkt</translation>
    </message>
    <message>
        <source>Add breakpoint to {issue}</source>
        <translation>Stützpunkt zu {issue} hinzufügen</translation>
    </message>
    <message>
        <source>A breakpoint curve needs at least two points.</source>
        <translation>Eine Kurve aus Stützpunkten braucht mindestens zwei Punkte.</translation>
    </message>
    <message>
        <source>a breakpoint curve needs at least two points</source>
        <translation>eine Kurve aus Stützpunkten braucht mindestens zwei Punkte</translation>
    </message>
    <message>
        <source>The curve&apos;s end points stay at the ends of the range: drag them up or down instead.</source>
        <translation>Die Endpunkte der Kurve bleiben an den Enden des Bereichs: ziehen Sie sie stattdessen nach oben oder unten.</translation>
    </message>
    <message>
        <source>the curve&apos;s end points stay at the ends of the range</source>
        <translation>die Endpunkte der Kurve bleiben an den Enden des Bereichs</translation>
    </message>
    <message>
        <source>Remove breakpoint of {issue}</source>
        <translation>Stützpunkt von {issue} entfernen</translation>
    </message>
    <message>
        <source>Set value of {option} ({issue}) to {value:g}</source>
        <translation>Wert von {option} ({issue}) auf {value:g} setzen</translation>
    </message>
    <message>
        <source>Set value of {option} ({issue})</source>
        <translation>Wert von {option} ({issue}) setzen</translation>
    </message>
    <message>
        <source>Move hard limit of {issue}</source>
        <translation>Harte Grenze von {issue} verschieben</translation>
    </message>
    <message>
        <source>Change bend of {issue}</source>
        <translation>Krümmung von {issue} ändern</translation>
    </message>
    <message>
        <source>Let your reservation follow the quote ({quote:.1f}) instead of {reservation:.1f}? No keeps {reservation:.1f}, set by hand.</source>
        <translation>Soll Ihr Reservationswert dem Konkurrenzangebot ({quote:.1f}) folgen statt {reservation:.1f}? Nein behält {reservation:.1f}, von Hand gesetzt.</translation>
    </message>
    <message>
        <source>our BATNA follows the market (the best offer held from the other suppliers): change the outside option, or stop following the market, in Negotiation ▸ Manage Suppliers…</source>
        <translation>unsere BATNA folgt dem Markt (dem besten Angebot der anderen Lieferanten): ändern Sie die externe Option oder folgen Sie dem Markt nicht mehr, unter Verhandlung ▸ Lieferanten verwalten…</translation>
    </message>
    <message>
        <source>the plan has no competing quote yet</source>
        <translation>der Plan hat noch kein Konkurrenzangebot</translation>
    </message>
    <message>
        <source>enter a competing quote first: the reservation would follow its points</source>
        <translation>geben Sie zuerst ein Konkurrenzangebot ein: der Reservationswert würde seinen Punkten folgen</translation>
    </message>
    <message>
        <source>must lie between 0 and 100 points, not {value}</source>
        <translation>muss zwischen 0 und 100 Punkten liegen, nicht {value}</translation>
    </message>
    <message>
        <source>{value:.1f} is above your aspiration {aspiration:.1f}: raise the aspiration first</source>
        <translation>{value:.1f} liegt über Ihrem Anspruchsniveau {aspiration:.1f}: heben Sie zuerst das Anspruchsniveau an</translation>
    </message>
    <message>
        <source>{value:.1f} is below your reservation {reservation:.1f}: lower the reservation first</source>
        <translation>{value:.1f} liegt unter Ihrem Reservationswert {reservation:.1f}: senken Sie zuerst den Reservationswert</translation>
    </message>
    <message>
        <source>{value:.1f} is below your walk-away {walkaway:.1f} against another supplier: the aspiration is shared, and lies above every walk-away while the BATNA follows the market</source>
        <translation>{value:.1f} liegt unter Ihrem Ausstiegspunkt {walkaway:.1f} gegenüber einem anderen Lieferanten: Das Anspruchsniveau ist gemeinsam und liegt über jedem Ausstiegspunkt, solange die BATNA dem Markt folgt</translation>
    </message>
    <message>
        <source>must lie between 5 % and 95 %, not {value}</source>
        <translation>muss zwischen 5 % und 95 % liegen, nicht {value}</translation>
    </message>
    <message>
        <source>no agreement recorded yet</source>
        <translation>noch keine Einigung erfasst</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>Nicht hinzugefügt: {reason}</translation>
    </message>
    <message>
        <source>Not removed: {reason}</source>
        <translation>Nicht entfernt: {reason}</translation>
    </message>
    <message>
        <source>Not moved: {reason}</source>
        <translation>Nicht verschoben: {reason}</translation>
    </message>
    <message>
        <source>value</source>
        <extracomment>The fields :func:`parse_number` names in its reasons (``what``), in words the user reads; any other ``what`` is shown as given (the caller translates it).</extracomment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>bend</source>
        <translation>Krümmung</translation>
    </message>
    <message>
        <source>hard limit</source>
        <translation>harte Grenze</translation>
    </message>
    <message>
        <source>money equivalent</source>
        <translation>Geldwert</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>financing rate</source>
        <translation>Finanzierungszins</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Stückzahl</translation>
    </message>
    <message>
        <source>price break volume</source>
        <translation>Menge der Preisstaffel</translation>
    </message>
    <message>
        <source>price break discount</source>
        <translation>Rabatt der Preisstaffel</translation>
    </message>
    <message>
        <source>{field}: {text} is not a number</source>
        <extracomment>An issue&apos;s fields by their names in the file → the words of the issue table&apos;s columns.</extracomment>
        <translation>{field}: {text} ist keine Zahl</translation>
    </message>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field}: geben Sie eine Zahl ein</translation>
    </message>
    <message>
        <source>{field}: must be a finite number</source>
        <translation>{field}: muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>an issue called {name} already exists</source>
        <translation>ein Verhandlungspunkt namens {name} existiert schon</translation>
    </message>
    <message>
        <source>the hard limit {limit} lies outside the range {low} – {high}</source>
        <translation>die harte Grenze {limit} liegt außerhalb des Bereichs {low} – {high}</translation>
    </message>
    <message>
        <source>money equivalent must be above zero (leave it empty for none)</source>
        <translation>der Geldwert muss über null liegen (für keinen leer lassen)</translation>
    </message>
    <message>
        <source>{issue} has {count} possible terms; a categorical issue made from it would have too many options (at most {most}). Add a categorical issue instead</source>
        <extracomment>A numeric issue with at most this many grid points may be turned into a categorical one.</extracomment>
        <translation>{issue} hat {count} mögliche Werte; ein kategorialer Verhandlungspunkt daraus hätte zu viele Optionen (höchstens {most}). Fügen Sie stattdessen einen kategorialen Verhandlungspunkt hinzu</translation>
    </message>
    <message>
        <source>range: enter the lowest and the highest term, e.g. 2 – 12</source>
        <translation>Bereich: geben Sie den niedrigsten und den höchsten Wert ein, z. B. 2 – 12</translation>
    </message>
    <message>
        <source>range: enter the lowest and the highest term</source>
        <translation>Bereich: geben Sie den niedrigsten und den höchsten Wert ein</translation>
    </message>
    <message>
        <source>no such issue</source>
        <translation>kein solcher Verhandlungspunkt</translation>
    </message>
    <message>
        <source>name: keep it short (at most {most} characters, not {count})</source>
        <translation>Name: fassen Sie sich kurz (höchstens {most} Zeichen, nicht {count})</translation>
    </message>
    <message>
        <source>Rename issue {old} to {new}</source>
        <translation>Verhandlungspunkt {old} umbenennen in {new}</translation>
    </message>
    <message>
        <source>notes: keep them short (at most {most} characters, not {count})</source>
        <translation>Notizen: fassen Sie sich kurz (höchstens {most} Zeichen, nicht {count})</translation>
    </message>
    <message>
        <source>Edit notes of {issue}</source>
        <translation>Notizen von {issue} bearbeiten</translation>
    </message>
    <message>
        <source>kind: {value} is neither numeric nor categorical</source>
        <translation>Art: {value} ist weder numerisch noch kategorial</translation>
    </message>
    <message>
        <source>Make {issue} numeric</source>
        <translation>{issue} numerisch machen</translation>
    </message>
    <message>
        <source>Make {issue} categorical</source>
        <translation>{issue} kategorial machen</translation>
    </message>
    <message>
        <source>Edit options of {issue}</source>
        <translation>Optionen von {issue} bearbeiten</translation>
    </message>
    <message>
        <source>{issue} has no option {option}</source>
        <translation>{issue} hat keine Option {option}</translation>
    </message>
    <message>
        <source>Change acceptable options of {issue}</source>
        <translation>Akzeptable Optionen von {issue} ändern</translation>
    </message>
    <message>
        <source>a categorical issue has no {field}</source>
        <translation>ein kategorialer Verhandlungspunkt hat kein Feld „{field}“</translation>
    </message>
    <message>
        <source>Step {step} does not divide {low}–{high}; try {first} or {second} (or change the range to {low}–{wider})</source>
        <extracomment>The columns whose edit changes a numeric issue&apos;s grid (its range or its step).</extracomment>
        <translation>Schrittweite {step} teilt {low}–{high} nicht; versuchen Sie {first} oder {second} (oder ändern Sie den Bereich auf {low}–{wider})</translation>
    </message>
    <message>
        <source>Step {step} does not divide {low}–{high}; try {first} (or change the range to {low}–{wider})</source>
        <translation>Schrittweite {step} teilt {low}–{high} nicht; versuchen Sie {first} (oder ändern Sie den Bereich auf {low}–{wider})</translation>
    </message>
    <message>
        <source>Step {step} does not divide {low}–{high}; try another step (or change the range to {low}–{wider})</source>
        <translation>Schrittweite {step} teilt {low}–{high} nicht; versuchen Sie eine andere Schrittweite (oder ändern Sie den Bereich auf {low}–{wider})</translation>
    </message>
    <message>
        <source>unit</source>
        <extracomment>The columns a refusal may name (``a categorical issue has no …``).</extracomment>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <source>curvature</source>
        <translation>Krümmung</translation>
    </message>
    <message>
        <source>breakpoints</source>
        <translation>Stützpunkte</translation>
    </message>
    <message>
        <source>money</source>
        <translation>Geldwert</translation>
    </message>
    <message>
        <source>unit: keep it short (at most 24 characters)</source>
        <translation>Einheit: fassen Sie sich kurz (höchstens 24 Zeichen)</translation>
    </message>
    <message>
        <source>Set unit of {issue}</source>
        <translation>Einheit von {issue} festlegen</translation>
    </message>
    <message>
        <source>min ({low:g}) must be below max ({high:g})</source>
        <translation>Minimum ({low:g}) muss unter dem Maximum ({high:g}) liegen</translation>
    </message>
    <message>
        <source>Change range of {issue}</source>
        <translation>Bereich von {issue} ändern</translation>
    </message>
    <message>
        <source>step must be above zero</source>
        <translation>die Schrittweite muss über null liegen</translation>
    </message>
    <message>
        <source>Change step of {issue}</source>
        <translation>Schrittweite von {issue} ändern</translation>
    </message>
    <message>
        <source>Make lower better for {issue}</source>
        <translation>Für {issue} niedriger besser machen</translation>
    </message>
    <message>
        <source>Make higher better for {issue}</source>
        <translation>Für {issue} höher besser machen</translation>
    </message>
    <message>
        <source>Set curve of {issue} to {curve}</source>
        <translation>Kurve von {issue} auf „{curve}“ setzen</translation>
    </message>
    <message>
        <source>Edit breakpoints of {issue}</source>
        <translation>Stützpunkte von {issue} bearbeiten</translation>
    </message>
    <message>
        <source>Set hard limit of {issue}</source>
        <translation>Harte Grenze von {issue} festlegen</translation>
    </message>
    <message>
        <source>Set money equivalent of {issue}</source>
        <translation>Geldwert von {issue} festlegen</translation>
    </message>
    <message>
        <source>unknown column {key}</source>
        <translation>unbekannte Spalte {key}</translation>
    </message>
    <message>
        <source>curve: {value} is not one of {labels}</source>
        <translation>Kurve: {value} ist keiner von {labels}</translation>
    </message>
    <message>
        <source>better: {value} is not one of {labels}</source>
        <translation>besser: {value} ist keiner von {labels}</translation>
    </message>
    <message>
        <source>option {number}: {reason}</source>
        <translation>Option {number}: {reason}</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>Neuer Verhandlungspunkt</translation>
    </message>
    <message>
        <source>Add numeric issue {issue}</source>
        <translation>Numerischen Verhandlungspunkt {issue} hinzufügen</translation>
    </message>
    <message>
        <source>Add categorical issue {issue}</source>
        <translation>Kategorialen Verhandlungspunkt {issue} hinzufügen</translation>
    </message>
    <message>
        <source>no issue selected</source>
        <translation>kein Verhandlungspunkt ausgewählt</translation>
    </message>
    <message>
        <source>a plan needs at least one issue; add another before removing this one</source>
        <translation>ein Plan braucht mindestens einen Verhandlungspunkt; fügen Sie einen weiteren hinzu, bevor Sie diesen entfernen</translation>
    </message>
    <message>
        <source>Remove issue {issue}</source>
        <translation>Verhandlungspunkt {issue} entfernen</translation>
    </message>
    <message>
        <source>Move issue {issue} up</source>
        <translation>Verhandlungspunkt {issue} nach oben verschieben</translation>
    </message>
    <message>
        <source>Move issue {issue} down</source>
        <translation>Verhandlungspunkt {issue} nach unten verschieben</translation>
    </message>
    <message>
        <source>Added {issue}: type its name, then set range and curve. Its weight is {weight:.0f} %.</source>
        <translation>{issue} hinzugefügt: geben Sie den Namen ein, dann Bereich und Kurve. Sein Gewicht ist {weight:.0f} %.</translation>
    </message>
    <message>
        <source>Removed {issue} with what was on it ({what}). Undo brings it all back with its weight and terms.</source>
        <translation>{issue} entfernt, mit allem, was daran hing ({what}). Rückgängig bringt alles mit Gewicht und Bedingungen zurück.</translation>
    </message>
    <message>
        <source>Removed {issue}. Undo brings it back with its weight and terms.</source>
        <translation>{issue} entfernt. Rückgängig bringt es mit Gewicht und Bedingungen zurück.</translation>
    </message>
    <message>
        <source>1 approval condition</source>
        <translation>1 Freigabebedingung</translation>
    </message>
    <message>
        <source>{count} approval conditions</source>
        <translation>{count} Freigabebedingungen</translation>
    </message>
    <message>
        <source>the weight {approver} gives it</source>
        <translation>das Gewicht, das {approver} ihm gibt</translation>
    </message>
    <message>
        <source>the weights {approvers} give it</source>
        <translation>die Gewichte, die {approvers} ihm geben</translation>
    </message>
    <message>
        <source>1 constituency</source>
        <translation>1 Anspruchsgruppe</translation>
    </message>
    <message>
        <source>{count} constituencies</source>
        <translation>{count} Anspruchsgruppen</translation>
    </message>
    <message>
        <source>its goodwill</source>
        <translation>sein Wohlwollen</translation>
    </message>
    <message>
        <source>its part of the total cost</source>
        <translation>seinen Anteil an den Gesamtkosten</translation>
    </message>
    <message>
        <source>There is no MESO set called {name}.</source>
        <translation>Es gibt kein MESO-Set namens {name}.</translation>
    </message>
    <message>
        <source>Can&apos;t hold the value: {reason}</source>
        <translation>Der Wert lässt sich nicht halten: {reason}</translation>
    </message>
    <message>
        <source>can&apos;t hold</source>
        <translation>nicht haltbar</translation>
    </message>
    <message>
        <source>kept above reservation</source>
        <translation>über dem Reservationswert gehalten</translation>
    </message>
    <message>
        <source>{issue} at limit</source>
        <translation>{issue} an der Grenze</translation>
    </message>
    <message>
        <source>at hard limits</source>
        <translation>an harten Grenzen</translation>
    </message>
    <message>
        <source>off by {gap:+.1f}</source>
        <translation>Abweichung {gap:+.1f}</translation>
    </message>
    <message>
        <source>off by {gap:+.1f} points</source>
        <translation>Abweichung {gap:+.1f} Punkte</translation>
    </message>
    <message>
        <source>at hard limit</source>
        <translation>an der harten Grenze</translation>
    </message>
    <message>
        <source>see note</source>
        <translation>siehe Hinweis</translation>
    </message>
    <message>
        <source>Value held at {level:.1f} points ({issues} moved)</source>
        <translation>Wert bei {level:.1f} Punkten gehalten ({issues} bewegt)</translation>
    </message>
    <message>
        <source>Value held at {level:.1f} points (nothing else moved)</source>
        <translation>Wert bei {level:.1f} Punkten gehalten (sonst nichts bewegt)</translation>
    </message>
    <message>
        <source>New package</source>
        <translation>Neues Paket</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <translation>{name} Kopie</translation>
    </message>
    <message>
        <source>No quotes to import.</source>
        <translation>Keine Preisangebote zu importieren.</translation>
    </message>
    <message>
        <source>Quote {name} does not fit the plan: {reason}</source>
        <translation>Preisangebot {name} passt nicht zum Plan: {reason}</translation>
    </message>
    <message>
        <source>Imported 1 quote from {source}.</source>
        <translation>1 Preisangebot aus {source} importiert.</translation>
    </message>
    <message>
        <source>Imported 1 quote.</source>
        <translation>1 Preisangebot importiert.</translation>
    </message>
    <message>
        <source>Imported {count} quotes from {source}.</source>
        <translation>{count} Preisangebote aus {source} importiert.</translation>
    </message>
    <message>
        <source>Imported {count} quotes.</source>
        <translation>{count} Preisangebote importiert.</translation>
    </message>
    <message>
        <source>Importance of the issues</source>
        <translation>Wichtigkeit der Verhandlungspunkte</translation>
    </message>
    <message>
        <source>Locked — unlock to change it.</source>
        <translation>Gesperrt — entsperren Sie es, um es zu ändern.</translation>
    </message>
    <message>
        <source>Every other weight is locked; unlock one to change this.</source>
        <translation>Jedes andere Gewicht ist gesperrt; entsperren Sie eines, um dieses zu ändern.</translation>
    </message>
    <message>
        <source>Give at least one swing more than 0 points.</source>
        <translation>Geben Sie mindestens einem Sprung mehr als 0 Punkte.</translation>
    </message>
    <message>
        <source>Swing weighting</source>
        <translation>Swing-Gewichtung</translation>
    </message>
    <message>
        <source>No weights agree with that answer.</source>
        <translation>Keine Gewichtung passt zu dieser Antwort.</translation>
    </message>
    <message>
        <source>Adjust weights ({issue} vs {yardstick})</source>
        <translation>Gewichte anpassen ({issue} gegen {yardstick})</translation>
    </message>
    <message>
        <source>Some answers conflict; revise one before applying.</source>
        <translation>Einige Antworten widersprechen sich; ändern Sie eine, bevor Sie übernehmen.</translation>
    </message>
    <message>
        <source>Answer at least one question first.</source>
        <translation>Beantworten Sie zuerst mindestens eine Frage.</translation>
    </message>
    <message>
        <source>Weights from your answers</source>
        <translation>Gewichtung aus Ihren Antworten</translation>
    </message>
    <message>
        <source>The band must be between 0 and 50 points.</source>
        <translation>Die Spanne muss zwischen 0 und 50 Punkten liegen.</translation>
    </message>
    <message>
        <source>Weights unsure by ± {band:g} points</source>
        <translation>Gewichtung unsicher um ± {band:g} Punkte</translation>
    </message>
    <message>
        <source>Weights taken as exact</source>
        <translation>Gewichtung als genau angenommen</translation>
    </message>
    <message>
        <source>the example plans are missing from this installation</source>
        <extracomment>Installed wheels carry the examples inside the package; a source checkout has them at the repository root under ``resources/examples``.</extracomment>
        <translation>die Beispielpläne fehlen in dieser Installation</translation>
    </message>
    <message>
        <source>no example called {name}; there are: {names}</source>
        <translation>kein Beispiel namens {name}; es gibt: {names}</translation>
    </message>
    <message>
        <source>{issue}: {term} is not one of the options</source>
        <extracomment>An integer issue keeps step 1 up to this many grid points; wider ranges get a coarser &quot;nice&quot; step (1, 2 or 5 × 10ᵏ) so that the planner&apos;s grids stay small. Discrete: the option labels in the domain&apos;s order, and each one&apos;s raw evaluation. Integer/real: the range and the linear evaluator ``slope · x + offset``.</extracomment>
        <translation>{issue}: {term} ist keine der Optionen</translation>
    </message>
    <message>
        <source>no issue carries any weight</source>
        <extracomment>Weights as written in the profile (not normalised), one per issue. What the import assumed where the files said nothing (weights not given): the notes hold these lines too, and the import&apos;s message repeats them.</extracomment>
        <translation>kein Verhandlungspunkt hat ein Gewicht</translation>
    </message>
    <message>
        <source>cannot be imported ({reason})</source>
        <translation>kann nicht importiert werden ({reason})</translation>
    </message>
    <message>
        <source>cannot be imported ({kind}: {reason})</source>
        <translation>kann nicht importiert werden ({kind}: {reason})</translation>
    </message>
    <message>
        <source>not a GENIUS file (the root element is &lt;{tag}&gt;, expected &lt;utility_space&gt;)</source>
        <translation>keine GENIUS-Datei (das Wurzelelement ist &lt;{tag}&gt;, erwartet wird &lt;utility_space&gt;)</translation>
    </message>
    <message>
        <source>a weight is not a number ≥ 0 ({value})</source>
        <extracomment>Objectives nested deeper than this are refused (ANAC domains nest one or two levels).</extracomment>
        <translation>ein Gewicht ist keine Zahl ≥ 0 ({value})</translation>
    </message>
    <message>
        <source>{name} has two different weights ({first} and {second}); keep one</source>
        <translation>{name} hat zwei verschiedene Gewichte ({first} und {second}); behalten Sie eines</translation>
    </message>
    <message>
        <source>objectives are nested deeper than {levels} levels</source>
        <translation>Ziele sind tiefer als {levels} Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>issue {name}</source>
        <translation>Verhandlungspunkt {name}</translation>
    </message>
    <message>
        <source>objective {name}</source>
        <translation>Ziel {name}</translation>
    </message>
    <message>
        <source>the weight with index {index}</source>
        <translation>das Gewicht mit Index {index}</translation>
    </message>
    <message>
        <source>The profile gives no weights: equal weights are assumed ({count} issues, 1/{count} each).</source>
        <translation>Das Profil gibt keine Gewichte an: gleiche Gewichte werden angenommen ({count} Verhandlungspunkte, je 1/{count}).</translation>
    </message>
    <message>
        <source>The profile gives no weight for {issues}: they share what the other weights leave of 1.</source>
        <translation>Das Profil gibt kein Gewicht für {issues} an: sie teilen sich, was die übrigen Gewichte von 1 übrig lassen.</translation>
    </message>
    <message>
        <source>issue {name} has type {type}; MESO Desk imports discrete, integer and real issues</source>
        <translation>Verhandlungspunkt {name} hat den Typ {type}; MESO Desk importiert diskrete, ganzzahlige und reelle Verhandlungspunkte</translation>
    </message>
    <message>
        <source>issue {name} has neither options nor a range</source>
        <translation>Verhandlungspunkt {name} hat weder Optionen noch einen Bereich</translation>
    </message>
    <message>
        <source>issue {index} has no name</source>
        <translation>Verhandlungspunkt {index} hat keinen Namen</translation>
    </message>
    <message>
        <source>two issues are called {name}</source>
        <translation>zwei Verhandlungspunkte heißen {name}</translation>
    </message>
    <message>
        <source>an option of issue {name} has no value</source>
        <translation>eine Option des Verhandlungspunkts {name} hat keinen Wert</translation>
    </message>
    <message>
        <source>issue {name} lists option {option} twice</source>
        <translation>Verhandlungspunkt {name} führt die Option {option} zweimal auf</translation>
    </message>
    <message>
        <source>discrete issue {name} has no options</source>
        <translation>der diskrete Verhandlungspunkt {name} hat keine Optionen</translation>
    </message>
    <message>
        <source>integer issue {name} has no lowerbound/upperbound</source>
        <translation>der ganzzahlige Verhandlungspunkt {name} hat keine lowerbound/upperbound</translation>
    </message>
    <message>
        <source>two issues are called {name} and {other}: names that differ only in case are one issue in MESO Desk</source>
        <translation>zwei Verhandlungspunkte heißen {name} und {other}: Namen, die sich nur in der Groß- und Kleinschreibung unterscheiden, sind in MESO Desk ein Verhandlungspunkt</translation>
    </message>
    <message>
        <source>real issue {name} has no lowerbound/upperbound</source>
        <translation>der reelle Verhandlungspunkt {name} hat keine lowerbound/upperbound</translation>
    </message>
    <message>
        <source>the lower bound of issue {name}</source>
        <translation>die untere Grenze des Verhandlungspunkts {name}</translation>
    </message>
    <message>
        <source>the upper bound of issue {name}</source>
        <translation>die obere Grenze des Verhandlungspunkts {name}</translation>
    </message>
    <message>
        <source>issue {name} has an empty range ({low:.6g}..{high:.6g})</source>
        <translation>Verhandlungspunkt {name} hat einen leeren Bereich ({low:.6g}..{high:.6g})</translation>
    </message>
    <message>
        <source>issue {name} has a range too wide to use ({low:.6g}..{high:.6g})</source>
        <translation>Verhandlungspunkt {name} hat einen zu weiten Bereich ({low:.6g}..{high:.6g})</translation>
    </message>
    <message>
        <source>the domain defines no issues</source>
        <translation>die Domäne definiert keine Verhandlungspunkte</translation>
    </message>
    <message>
        <source>issue {name} lists options {option} and {other}, which differ only in case</source>
        <translation>Verhandlungspunkt {name} führt die Optionen {option} und {other}, die sich nur in der Groß- und Kleinschreibung unterscheiden</translation>
    </message>
    <message>
        <source>holds a non-linear (constraint-based) utility space; MESO Desk imports additive profiles only</source>
        <translation>enthält einen nichtlinearen (constraint-basierten) Nutzenraum; MESO Desk importiert nur additive Profile</translation>
    </message>
    <message>
        <source>holds no evaluations — is it the domain file rather than a profile?</source>
        <translation>enthält keine Bewertungen — ist es die Domänendatei statt eines Profils?</translation>
    </message>
    <message>
        <source>Imported from the GENIUS profile {profile} (our side; it carries the domain).</source>
        <translation>Importiert aus dem GENIUS-Profil {profile} (unsere Seite; es enthält die Domäne).</translation>
    </message>
    <message>
        <source>Imported from GENIUS: domain {domain}, profile {profile} (our side).</source>
        <translation>Importiert aus GENIUS: Domäne {domain}, Profil {profile} (unsere Seite).</translation>
    </message>
    <message>
        <source>The profile&apos;s discount factor {factor:g} is not used by MESO Desk.</source>
        <translation>Den Diskontfaktor {factor:g} des Profils verwendet MESO Desk nicht.</translation>
    </message>
    <message>
        <source>The profile&apos;s weights (up to {top:.3g}) are too large to add up; they were scaled to sum to 1, as GENIUS normalises them.</source>
        <translation>Die Gewichte des Profils (bis zu {top:.3g}) sind zu groß, um sie zu addieren; sie wurden auf die Summe 1 skaliert, wie GENIUS sie normalisiert.</translation>
    </message>
    <message>
        <source>the profile does not match {domain}: issue {name} is not in the domain</source>
        <translation>das Profil passt nicht zu {domain}: Verhandlungspunkt {name} ist nicht in der Domäne</translation>
    </message>
    <message>
        <source>the profile does not match {domain}: it does not evaluate issue {name}</source>
        <translation>das Profil passt nicht zu {domain}: es bewertet den Verhandlungspunkt {name} nicht</translation>
    </message>
    <message>
        <source>the profile does not match {domain}: issue {name} has no option {option}</source>
        <translation>das Profil passt nicht zu {domain}: Verhandlungspunkt {name} hat keine Option {option}</translation>
    </message>
    <message>
        <source>the evaluation of {name} = {option}</source>
        <translation>die Bewertung von {name} = {option}</translation>
    </message>
    <message>
        <source>the evaluation of {name} = {option} is negative ({value:g})</source>
        <translation>die Bewertung von {name} = {option} ist negativ ({value:g})</translation>
    </message>
    <message>
        <source>issue {name}: option {option} has no evaluation</source>
        <translation>Verhandlungspunkt {name}: Option {option} hat keine Bewertung</translation>
    </message>
    <message>
        <source>the profile does not match {domain}: issue {name} is integer in the domain but discrete in the profile</source>
        <translation>das Profil passt nicht zu {domain}: Verhandlungspunkt {name} ist in der Domäne ganzzahlig, im Profil aber diskret</translation>
    </message>
    <message>
        <source>the profile does not match {domain}: issue {name} is real in the domain but discrete in the profile</source>
        <translation>das Profil passt nicht zu {domain}: Verhandlungspunkt {name} ist in der Domäne reell, im Profil aber diskret</translation>
    </message>
    <message>
        <source>the slope of the evaluator of issue {name}</source>
        <translation>die Steigung der Bewertungsfunktion des Verhandlungspunkts {name}</translation>
    </message>
    <message>
        <source>the offset of the evaluator of issue {name}</source>
        <translation>der Achsenabschnitt der Bewertungsfunktion des Verhandlungspunkts {name}</translation>
    </message>
    <message>
        <source>the constant of the evaluator of issue {name}</source>
        <translation>die Konstante der Bewertungsfunktion des Verhandlungspunkts {name}</translation>
    </message>
    <message>
        <source>the evaluator of issue {name} is {type}; MESO Desk imports linear and constant evaluators</source>
        <translation>die Bewertungsfunktion des Verhandlungspunkts {name} ist {type}; MESO Desk importiert lineare und konstante Bewertungsfunktionen</translation>
    </message>
    <message>
        <source>the discount factor</source>
        <translation>der Diskontfaktor</translation>
    </message>
    <message>
        <source>the reservation</source>
        <translation>der Reservationswert</translation>
    </message>
    <message>
        <source>GENIUS case</source>
        <extracomment>Words of a profile&apos;s file name that never name our side: the file&apos;s kind, and the INTERNAL marker of our own export (``…_profile_INTERNAL.xml``), in every language it is written in.</extracomment>
        <translation>GENIUS-Fall</translation>
    </message>
    <message>
        <source>no issue carries any weight, so every package is worth the same</source>
        <translation>kein Verhandlungspunkt hat ein Gewicht, also ist jedes Paket gleich viel wert</translation>
    </message>
    <message>
        <source>its weights and evaluator slopes are too large to convert to points</source>
        <translation>seine Gewichte und Steigungen sind zu groß, um sie in Punkte umzurechnen</translation>
    </message>
    <message>
        <source>numeric issues are rescaled to 0–100 over their ranges</source>
        <translation>numerische Verhandlungspunkte werden über ihren Bereich auf 0–100 umskaliert</translation>
    </message>
    <message>
        <source>the profile&apos;s weights sum to {total:.6g}, MESO Desk&apos;s to 100 %</source>
        <translation>die Gewichte des Profils summieren sich zu {total:.6g}, die von MESO Desk zu 100 %</translation>
    </message>
    <message>
        <source>Points = {a:.6g} × GENIUS utility</source>
        <translation>Punkte = {a:.6g} × GENIUS-Nutzen</translation>
    </message>
    <message>
        <source>Points = {a:.6g} × GENIUS utility + {b:.6g}</source>
        <translation>Punkte = {a:.6g} × GENIUS-Nutzen + {b:.6g}</translation>
    </message>
    <message>
        <source>Points = {a:.6g} × GENIUS utility − {b:.6g}</source>
        <translation>Punkte = {a:.6g} × GENIUS-Nutzen − {b:.6g}</translation>
    </message>
    <message>
        <source>Points = 100 × GENIUS utility.</source>
        <translation>Punkte = 100 × GENIUS-Nutzen.</translation>
    </message>
    <message>
        <source>The GENIUS utility in that formula uses the weights assumed above.</source>
        <translation>Der GENIUS-Nutzen in dieser Formel verwendet die oben angenommenen Gewichte.</translation>
    </message>
    <message>
        <source>GENIUS reservation value {value:g} ({points:.1f} points).</source>
        <translation>GENIUS-Reservationswert {value:g} ({points:.1f} Punkte).</translation>
    </message>
    <message>
        <source>The reservation value maps to {raw:.1f} points, outside 0–100; it was clipped to {points:.1f}.</source>
        <translation>Der Reservationswert entspricht {raw:.1f} Punkten, außerhalb von 0–100; er wurde auf {points:.1f} begrenzt.</translation>
    </message>
    <message>
        <source>cannot become a plan ({reason})</source>
        <translation>kann kein Plan werden ({reason})</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <comment>GENIUS domain name</comment>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <source>{issue}: GENIUS has no unacceptable options; they are written as plain options.</source>
        <translation>{issue}: GENIUS kennt keine nicht akzeptablen Optionen; sie werden als gewöhnliche Optionen geschrieben.</translation>
    </message>
    <message>
        <source>{issue}: GENIUS evaluators are linear; the concave curve is written as a straight line between the range&apos;s ends.</source>
        <translation>{issue}: GENIUS-Bewertungsfunktionen sind linear; die konkave Kurve wird als Gerade zwischen den Enden des Bereichs geschrieben.</translation>
    </message>
    <message>
        <source>{issue}: GENIUS evaluators are linear; the convex curve is written as a straight line between the range&apos;s ends.</source>
        <translation>{issue}: GENIUS-Bewertungsfunktionen sind linear; die konvexe Kurve wird als Gerade zwischen den Enden des Bereichs geschrieben.</translation>
    </message>
    <message>
        <source>{issue}: GENIUS evaluators are linear; the breakpoints curve is written as a straight line between the range&apos;s ends.</source>
        <translation>{issue}: GENIUS-Bewertungsfunktionen sind linear; die Kurve mit Stützpunkten wird als Gerade zwischen den Enden des Bereichs geschrieben.</translation>
    </message>
    <message>
        <source>{issue}: GENIUS has no hard limits; the limit {limit} is not written.</source>
        <translation>{issue}: GENIUS kennt keine harten Grenzen; die Grenze {limit} wird nicht geschrieben.</translation>
    </message>
    <message>
        <source>{issue}: GENIUS real issues have no step; the step {step} is not written.</source>
        <translation>{issue}: reelle GENIUS-Verhandlungspunkte haben keine Schrittweite; die Schrittweite {step} wird nicht geschrieben.</translation>
    </message>
    <message>
        <source>INTERNAL: our weights, evaluations and walk-away. Never send this file to the counterpart.</source>
        <translation>INTERN: unsere Gewichte, Bewertungen und unser Ausstiegspunkt. Diese Datei nie an die Gegenseite senden.</translation>
    </message>
    <message>
        <source>cannot be written ({reason})</source>
        <translation>kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>cannot hold a plan without issues</source>
        <translation>kann keinen Plan ohne Verhandlungspunkte aufnehmen</translation>
    </message>
    <message>
        <source>cannot be created ({reason})</source>
        <translation>kann nicht angelegt werden ({reason})</translation>
    </message>
    <message>
        <source>packages</source>
        <comment>GENIUS cannot hold</comment>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>MESO sets</source>
        <comment>GENIUS cannot hold</comment>
        <translation>MESO-Sets</translation>
    </message>
    <message>
        <source>rounds</source>
        <comment>GENIUS cannot hold</comment>
        <translation>Runden</translation>
    </message>
    <message>
        <source>the agreement</source>
        <comment>GENIUS cannot hold</comment>
        <translation>Einigung</translation>
    </message>
    <message>
        <source>GENIUS profiles hold no {things}; they stay in the .meso file.</source>
        <translation>GENIUS-Profile enthalten keine {things}; sie bleiben in der .meso-Datei.</translation>
    </message>
    <message>
        <source>file is empty</source>
        <extracomment>GENIUS files larger than this are refused before they are read.
----------
Fields of free text: a line break in them is the user&apos;s own, kept as written.</extracomment>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source>refused: the file declares a DOCTYPE (GENIUS files never need one)</source>
        <translation>abgelehnt: die Datei deklariert einen DOCTYPE (GENIUS-Dateien brauchen nie einen)</translation>
    </message>
    <message>
        <source>refused: the file declares XML entities (GENIUS files never need them)</source>
        <translation>abgelehnt: die Datei deklariert XML-Entitäten (GENIUS-Dateien brauchen nie welche)</translation>
    </message>
    <message>
        <source>refused: the file refers to external resources</source>
        <translation>abgelehnt: die Datei verweist auf externe Ressourcen</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>not well-formed XML ({reason} at line {line}, column {column})</source>
        <translation>kein wohlgeformtes XML ({reason} in Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>declares an unknown text encoding ({encoding})</source>
        <translation>deklariert eine unbekannte Textkodierung ({encoding})</translation>
    </message>
    <message>
        <source>not readable XML ({reason})</source>
        <translation>kein lesbares XML ({reason})</translation>
    </message>
    <message>
        <source>{what} is not a number ({text})</source>
        <translation>{what} ist keine Zahl ({text})</translation>
    </message>
    <message>
        <source>{what} is not a finite number ({text})</source>
        <translation>{what} ist keine endliche Zahl ({text})</translation>
    </message>
    <message>
        <source>{issue}: GeniusWeb has no unacceptable options; they are written as plain options.</source>
        <translation>{issue}: GeniusWeb kennt keine nicht akzeptablen Optionen; sie werden als gewöhnliche Optionen geschrieben.</translation>
    </message>
    <message>
        <source>{issue}: GeniusWeb number utilities are linear; the concave curve is written as a straight line between the range&apos;s ends.</source>
        <translation>{issue}: GeniusWeb-Zahlennutzen sind linear; die konkave Kurve wird als Gerade zwischen den Enden des Bereichs geschrieben.</translation>
    </message>
    <message>
        <source>{issue}: GeniusWeb number utilities are linear; the convex curve is written as a straight line between the range&apos;s ends.</source>
        <translation>{issue}: GeniusWeb-Zahlennutzen sind linear; die konvexe Kurve wird als Gerade zwischen den Enden des Bereichs geschrieben.</translation>
    </message>
    <message>
        <source>{issue}: GeniusWeb number utilities are linear; the breakpoints curve is written as a straight line between the range&apos;s ends.</source>
        <translation>{issue}: GeniusWeb-Zahlennutzen sind linear; die Kurve mit Stützpunkten wird als Gerade zwischen den Enden des Bereichs geschrieben.</translation>
    </message>
    <message>
        <source>{issue}: GeniusWeb has no hard limits; the limit is not written.</source>
        <translation>{issue}: GeniusWeb kennt keine harten Grenzen; die Grenze wird nicht geschrieben.</translation>
    </message>
    <message>
        <source>GeniusWeb holds a reservation bid, not a reservation value; the reservation value is not written.</source>
        <translation>GeniusWeb enthält ein Reservationsgebot, keinen Reservationswert; der Reservationswert wird nicht geschrieben.</translation>
    </message>
    <message>
        <source>is {size:,} bytes, more than a GeniusWeb profile can be</source>
        <translation>ist {size:,} Bytes groß, mehr als ein GeniusWeb-Profil sein kann</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>is not JSON ({reason})</source>
        <translation>ist kein JSON ({reason})</translation>
    </message>
    <message>
        <source>is not a GeniusWeb LinearAdditiveUtilitySpace profile</source>
        <translation>ist kein GeniusWeb-Profil vom Typ LinearAdditiveUtilitySpace</translation>
    </message>
    <message>
        <source>{what} is not a number ({value})</source>
        <translation>{what} ist keine Zahl ({value})</translation>
    </message>
    <message>
        <source>{what} is not a finite number</source>
        <translation>{what} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>the utility of {name} = {option}</source>
        <translation>der Nutzen von {name} = {option}</translation>
    </message>
    <message>
        <source>issue {name} has neither discrete nor number utilities</source>
        <translation>Verhandlungspunkt {name} hat weder diskrete noch Zahlennutzen</translation>
    </message>
    <message>
        <source>{field} of {name}</source>
        <translation>{field} von {name}</translation>
    </message>
    <message>
        <source>the range of {name} is not [low, high, step]</source>
        <translation>der Bereich von {name} ist nicht [untere Grenze, obere Grenze, Schritt]</translation>
    </message>
    <message>
        <source>the range of {name}</source>
        <translation>der Bereich von {name}</translation>
    </message>
    <message>
        <source>the number utilities of {name} have the same lowValue and highValue</source>
        <translation>die Zahlennutzen von {name} haben denselben lowValue und highValue</translation>
    </message>
    <message>
        <source>holds no issueUtilities</source>
        <translation>enthält keine issueUtilities</translation>
    </message>
    <message>
        <source>issueUtilities and issueWeights must map issue names</source>
        <translation>issueUtilities und issueWeights müssen Namen von Verhandlungspunkten zuordnen</translation>
    </message>
    <message>
        <source>weighs issue {name}, which it gives no utilities for</source>
        <translation>gewichtet den Verhandlungspunkt {name}, für den es keine Nutzenwerte angibt</translation>
    </message>
    <message>
        <source>gives no weight for issue {name}</source>
        <translation>gibt kein Gewicht für den Verhandlungspunkt {name} an</translation>
    </message>
    <message>
        <source>the weight of {name} is not a number ≥ 0</source>
        <translation>das Gewicht von {name} ist keine Zahl ≥ 0</translation>
    </message>
    <message>
        <source>no issue carries any weight, so every bid is worth the same</source>
        <translation>kein Verhandlungspunkt hat ein Gewicht, also ist jedes Gebot gleich viel wert</translation>
    </message>
    <message>
        <source>Points = 100 × GeniusWeb utility.</source>
        <translation>Punkte = 100 × GeniusWeb-Nutzen.</translation>
    </message>
    <message>
        <source>Points = {a:.6g} × (GeniusWeb utility − {base:.6g}).</source>
        <translation>Punkte = {a:.6g} × (GeniusWeb-Nutzen − {base:.6g}).</translation>
    </message>
    <message>
        <source>Imported from the GeniusWeb profile {profile}. {formula}</source>
        <translation>Importiert aus dem GeniusWeb-Profil {profile}. {formula}</translation>
    </message>
    <message>
        <source>is a folder, not a GENIUS XML file</source>
        <extracomment>Files larger than this are refused before they are read. Most issues a plan file may hold, and most options of one categorical issue. Checked before the plan is validated. Negotiations have a handful of issues (GENIUS/ANAC domains at most about 30); beyond these the offer search can only approximate, and a bigger file is a typo or an attack, not a plan (docs/file-format.md). A temporary file of an interrupted save is removed once it is this old (seconds) and no process holds its lock.</extracomment>
        <translation>ist ein Ordner, keine GENIUS-XML-Datei</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device), not a GENIUS XML file</source>
        <translation>ist keine reguläre Datei (eine Pipe oder ein Gerät), keine GENIUS-XML-Datei</translation>
    </message>
    <message>
        <source>is a folder, not a plan file</source>
        <translation>ist ein Ordner, keine Plandatei</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device), not a plan file</source>
        <translation>ist keine reguläre Datei (eine Pipe oder ein Gerät), keine Plandatei</translation>
    </message>
    <message>
        <source>file is too large (GENIUS files are at most {limit:g} MB)</source>
        <translation>Datei ist zu groß (GENIUS-Dateien haben höchstens {limit:g} MB)</translation>
    </message>
    <message>
        <source>file is too large ({size:.1f} MB; GENIUS files are at most {limit:g} MB)</source>
        <translation>Datei ist zu groß ({size:.1f} MB; GENIUS-Dateien haben höchstens {limit:g} MB)</translation>
    </message>
    <message>
        <source>file is too large (plans are at most {limit:g} MB)</source>
        <translation>Datei ist zu groß (Pläne haben höchstens {limit:g} MB)</translation>
    </message>
    <message>
        <source>file is too large ({size:.1f} MB; plans are at most {limit:g} MB)</source>
        <translation>Datei ist zu groß ({size:.1f} MB; Pläne haben höchstens {limit:g} MB)</translation>
    </message>
    <message>
        <source>cannot read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>no format version: not a MESO Desk plan, or a damaged one</source>
        <translation>keine Formatversion: kein MESO-Desk-Plan oder ein beschädigter</translation>
    </message>
    <message>
        <source>format version must be a whole number, not {value}</source>
        <translation>die Formatversion muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>written by a newer MESO Desk (format version {version}; this version reads up to {supported}) — update MESO Desk to open it</source>
        <translation>von einem neueren MESO Desk geschrieben (Formatversion {version}; diese Version liest bis {supported}) — aktualisieren Sie MESO Desk, um sie zu öffnen</translation>
    </message>
    <message>
        <source>unknown format version {version}</source>
        <translation>unbekannte Formatversion {version}</translation>
    </message>
    <message>
        <source>{field}: missing (required since format version 2)</source>
        <translation>{field}: fehlt (erforderlich seit Formatversion 2)</translation>
    </message>
    <message>
        <source>{name} held a line break or a tab; it now reads on one line</source>
        <translation>{name} enthielt einen Zeilenumbruch oder Tabulator; der Name steht jetzt in einer Zeile</translation>
    </message>
    <message>
        <source>invalid plan ({reason})</source>
        <translation>ungültiger Plan ({reason})</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <source>not a MESO Desk plan (this is XML; GENIUS files are read with import-genius)</source>
        <translation>kein MESO-Desk-Plan (das ist XML; GENIUS-Dateien werden mit import-genius gelesen)</translation>
    </message>
    <message>
        <source>not valid JSON ({reason} at line {line}, column {column})</source>
        <translation>kein gültiges JSON ({reason} in Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>not valid JSON (nested too deeply)</source>
        <translation>kein gültiges JSON (zu tief verschachtelt)</translation>
    </message>
    <message>
        <source>not a MESO Desk plan (the file holds no JSON object)</source>
        <translation>kein MESO-Desk-Plan (die Datei enthält kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>not a MESO Desk plan (no format field; expected &apos;meso-desk&apos;)</source>
        <translation>kein MESO-Desk-Plan (kein Feld format; erwartet &apos;meso-desk&apos;)</translation>
    </message>
    <message>
        <source>not a MESO Desk plan (format is {format}; expected &apos;meso-desk&apos;)</source>
        <translation>kein MESO-Desk-Plan (format ist {format}; erwartet &apos;meso-desk&apos;)</translation>
    </message>
    <message>
        <source>issues: {count:,} issues; a plan holds at most {most}</source>
        <translation>issues: {count:,} Verhandlungspunkte; ein Plan fasst höchstens {most}</translation>
    </message>
    <message>
        <source>issues[{k}].options: {count:,} options; an issue has at most {most:,}</source>
        <translation>issues[{k}].options: {count:,} Optionen; ein Verhandlungspunkt hat höchstens {most:,}</translation>
    </message>
    <message>
        <source>{field} was missing (format version 1); set to equal weights</source>
        <extracomment>Fields whose default would change the meaning of a plan: required since format version 2, filled (and reported) when a version 1 file lacks them.</extracomment>
        <translation>{field} fehlte (Formatversion 1); auf gleiche Gewichte gesetzt</translation>
    </message>
    <message>
        <source>{field} was missing (format version 1); set to {value}</source>
        <translation>{field} fehlte (Formatversion 1); auf {value} gesetzt</translation>
    </message>
    <message>
        <source>{name} is not allowed</source>
        <translation>{name} ist nicht erlaubt</translation>
    </message>
    <message>
        <source>the file is read-only; save the plan under another name (Save As)</source>
        <translation>die Datei ist schreibgeschützt; speichern Sie den Plan unter einem anderen Namen (Speichern unter)</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({reason})</source>
        <extracomment>Write the recovery file this long after the last change … … but never later than this after the first unsaved change of a burst.</extracomment>
        <translation>kann nicht in {folder} schreiben ({reason})</translation>
    </message>
    <message>
        <source>could not save ({reason})</source>
        <translation>konnte nicht speichern ({reason})</translation>
    </message>
    <message>
        <source>INTERNAL — our points and our estimate of the other side: never send this file to the counterpart</source>
        <extracomment>The first row of every sheet and CSV file, and the xlsx properties&apos; subject (in the plan&apos;s language: ``tr(INTERNAL)``).</extracomment>
        <translation>INTERN — unsere Punkte und unsere Schätzung der Gegenseite: diese Datei nie an die Gegenseite senden</translation>
    </message>
    <message>
        <source>MESO sets</source>
        <translation>MESO-Sets</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>column</comment>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>points</source>
        <comment>unit</comment>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Packages</source>
        <comment>column</comment>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>count</source>
        <comment>unit</comment>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Package names</source>
        <translation>Paketnamen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>spreadsheet cell</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <comment>spreadsheet cell</comment>
        <translation>nein</translation>
    </message>
    <message>
        <source>not chosen</source>
        <comment>round outcome</comment>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>round outcome</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>none_acceptable</source>
        <comment>round outcome</comment>
        <translation>keines akzeptabel</translation>
    </message>
    <message>
        <source>opposed</source>
        <comment>their direction</comment>
        <translation>gegenläufig</translation>
    </message>
    <message>
        <source>compatible</source>
        <comment>their direction</comment>
        <translation>gleichläufig</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>their direction</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Round</source>
        <comment>column</comment>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Option</source>
        <comment>column</comment>
        <translation>Option</translation>
    </message>
    <message>
        <source>Their rank</source>
        <translation>Rang bei der Gegenseite</translation>
    </message>
    <message>
        <source>1 = liked best</source>
        <translation>1 = am liebsten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>column</comment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>column</comment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>cell {cell}: “{value}” is in a column without a header; give column {column} a header or clear it</source>
        <translation>Zelle {cell}: „{value}“ steht in einer Spalte ohne Überschrift; geben Sie Spalte {column} eine Überschrift oder leeren Sie sie</translation>
    </message>
    <message>
        <source>cell {cell}: “{value}” and {count} more cell(s) are in a column without a header; give column {column} a header or clear it</source>
        <translation>Zelle {cell}: „{value}“ und {count} weitere Zelle(n) stehen in einer Spalte ohne Überschrift; geben Sie Spalte {column} eine Überschrift oder leeren Sie sie</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>column</comment>
        <translation>Verhandlungspunkt</translation>
    </message>
    <message>
        <source>Their weight</source>
        <translation>Gewicht der Gegenseite</translation>
    </message>
    <message>
        <source>80 % range from</source>
        <translation>80-%-Bereich von</translation>
    </message>
    <message>
        <source>80 % range to</source>
        <translation>80-%-Bereich bis</translation>
    </message>
    <message>
        <source>Most important to them</source>
        <translation>Der Gegenseite am wichtigsten</translation>
    </message>
    <message>
        <source>probability</source>
        <comment>unit</comment>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Direction</source>
        <comment>column</comment>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>observations</source>
        <comment>unit</comment>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>{direction} ({probability:.0%})</source>
        <translation>{direction} ({probability:.0%})</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>column</comment>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Unit or states</source>
        <translation>Einheit oder Zustände</translation>
    </message>
    <message>
        <source>Our source</source>
        <translation>Unsere Quelle</translation>
    </message>
    <message>
        <source>Their source</source>
        <translation>Quelle der Gegenseite</translation>
    </message>
    <message>
        <source>Both can see it</source>
        <translation>Für beide sichtbar</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>unknown table {table} (one of {tables})</source>
        <translation>unbekannte Tabelle {table} (eine von {tables})</translation>
    </message>
    <message>
        <source>{title} (INTERNAL)</source>
        <translation>{title} (INTERN)</translation>
    </message>
    <message>
        <source>INTERNAL</source>
        <comment>spreadsheet</comment>
        <translation>INTERN</translation>
    </message>
    <message>
        <source>{file}: cannot write ({reason})</source>
        <translation>{file}: kann nicht schreiben ({reason})</translation>
    </message>
    <message>
        <source>{file}: choose a .xlsx or .csv file</source>
        <translation>{file}: wählen Sie eine .xlsx- oder .csv-Datei</translation>
    </message>
    <message>
        <source>{file}: not a CSV text file (save the sheet as CSV or .xlsx)</source>
        <extracomment>Largest quote file read (bytes) and quotes imported: more is not a list of quotes (refused, never cut short). Quotes are counted without the empty rows between them. An xlsx whose first sheet runs past this row (empty rows too) is refused before it is read on. Columns a quote file may carry besides the issues: the quote&apos;s name, a note, and the columns of our own packages export (recomputed, so ignored on import). A row of the sheet as the user sees it: its number there (1 = the first row, empty rows and our INTERNAL banner counted) and its cells.</extracomment>
        <translation>{file}: keine CSV-Textdatei (speichern Sie die Tabelle als CSV oder .xlsx)</translation>
    </message>
    <message>
        <source>{file}: not a readable CSV file ({reason})</source>
        <translation>{file}: keine lesbare CSV-Datei ({reason})</translation>
    </message>
    <message>
        <source>{file}: not a readable .xlsx workbook ({reason})</source>
        <translation>{file}: keine lesbare .xlsx-Arbeitsmappe ({reason})</translation>
    </message>
    <message>
        <source>{file}: the first sheet runs past row {rows:,}; copy the quotes into a new sheet</source>
        <translation>{file}: das erste Blatt reicht über Zeile {rows:,} hinaus; kopieren Sie die Preisangebote in ein neues Blatt</translation>
    </message>
    <message>
        <source>{file}: is a folder; choose a .xlsx or .csv file</source>
        <translation>{file}: ist ein Ordner; wählen Sie eine .xlsx- oder .csv-Datei</translation>
    </message>
    <message>
        <source>{file}: cannot read ({reason})</source>
        <translation>{file}: kann nicht lesen ({reason})</translation>
    </message>
    <message>
        <source>{file}: {size:,} bytes is too large for a list of quotes</source>
        <translation>{file}: {size:,} Bytes sind zu groß für eine Liste von Preisangeboten</translation>
    </message>
    <message>
        <source>column {column}: issue {issue} has two columns</source>
        <translation>Spalte {column}: Verhandlungspunkt {issue} hat zwei Spalten</translation>
    </message>
    <message>
        <source>column {column}: no issue of that name (issues: {issues})</source>
        <translation>Spalte {column}: kein Verhandlungspunkt dieses Namens (Verhandlungspunkte: {issues})</translation>
    </message>
    <message>
        <source>no column for {issues}</source>
        <translation>keine Spalte für {issues}</translation>
    </message>
    <message>
        <source>{issue}: empty</source>
        <translation>{issue}: leer</translation>
    </message>
    <message>
        <source>{reason} (the cell “{cell}” read as {value})</source>
        <translation>{reason} (die Zelle „{cell}“ gelesen als {value})</translation>
    </message>
    <message>
        <source>{file}: needs a header row and at least one quote</source>
        <translation>{file}: braucht eine Kopfzeile und mindestens ein Preisangebot</translation>
    </message>
    <message>
        <source>{file}: more than {count} quotes</source>
        <translation>{file}: mehr als {count} Preisangebote</translation>
    </message>
    <message>
        <source>row {row}: {problems}</source>
        <translation>Zeile {row}: {problems}</translation>
    </message>
    <message>
        <source>Quote {number}</source>
        <translation>Preisangebot {number}</translation>
    </message>
    <message>
        <source>the supplier history {file} cannot be read ({reason})</source>
        <extracomment>The library&apos;s sub-folder of the user&apos;s data folder. A hunch&apos;s factor lies in this range (1 = neutral), like the hand-set hunch of the counterpart panel.</extracomment>
        <translation>die Lieferantenhistorie {file} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the plan names no supplier (File ▸ Plan Properties…: counterpart)</source>
        <translation>der Plan nennt keinen Lieferanten (Datei ▸ Planeigenschaften…: Gegenseite)</translation>
    </message>
    <message>
        <source>cannot write the supplier history in {folder} ({reason})</source>
        <translation>kann die Lieferantenhistorie nicht in {folder} schreiben ({reason})</translation>
    </message>
    <message>
        <source>{issue} matters more to them (× {factor:.1f})</source>
        <translation>{issue} ist der Gegenseite wichtiger (× {factor:.1f})</translation>
    </message>
    <message>
        <source>{issue} matters less to them (× {factor:.1f})</source>
        <translation>{issue} ist der Gegenseite weniger wichtig (× {factor:.1f})</translation>
    </message>
    <message>
        <source>Their {party} on {issue} ({what})</source>
        <translation>Anspruchsgruppe der Gegenseite: {party} zu {issue} ({what})</translation>
    </message>
    <message>
        <source>Their {party} on {issue} (condition)</source>
        <translation>Anspruchsgruppe der Gegenseite: {party} zu {issue} (Bedingung)</translation>
    </message>
    <message>
        <source>searched {kept} of {total} options of {issue}</source>
        <extracomment>The most memory (bytes) one search may ask for at once. ``progress(fraction) -&gt; keep going?`` (``None`` or ``True``: go on; ``False``: stop).</extracomment>
        <translation>{kept} von {total} Optionen von {issue} durchsucht</translation>
    </message>
    <message>
        <source>a package appears twice in the ranking</source>
        <extracomment>hidden from the packages panel (still in the file and in the rounds) issue → the contingent clause offered on that term (docs/contingent-terms.md) Their answers to the question planner&apos;s other questions (docs/inference.md): &quot;X matters more to us than Y&quot; as (X, Y), and the term they say suits them best on one issue.</extracomment>
        <translation>ein Paket kommt zweimal in der Rangfolge vor</translation>
    </message>
    <message>
        <source>ranking refers to package {index}, but {count} were offered</source>
        <translation>die Rangfolge verweist auf Paket {index}, aber {count} wurden angeboten</translation>
    </message>
    <message>
        <source>accepted package {index} was not offered</source>
        <translation>das akzeptierte Paket {index} wurde nicht angeboten</translation>
    </message>
    <message>
        <source>outcome &apos;accepted&apos; needs the accepted package</source>
        <translation>das Ergebnis „akzeptiert“ braucht das akzeptierte Paket</translation>
    </message>
    <message>
        <source>Change plan properties</source>
        <extracomment>The undo text of the dialog&apos;s one step (shown as ``tr(UNDO_TEXT)``).</extracomment>
        <translation>Planeigenschaften ändern</translation>
    </message>
    <message>
        <source>must fit on one line (no line breaks or tabs)</source>
        <extracomment>The fields :func:`with_properties` edits (all optional in the file: docs/file-format.md). Longest title and name (characters): a title is a line on a page, not a paragraph.</extracomment>
        <translation>muss in eine Zeile passen (keine Zeilenumbrüche oder Tabulatoren)</translation>
    </message>
    <message>
        <source>a plan needs a title (what you would call this negotiation)</source>
        <translation>ein Plan braucht einen Titel (wie Sie diese Verhandlung nennen würden)</translation>
    </message>
    <message>
        <source>at most {most} characters, not {count}</source>
        <translation>höchstens {most} Zeichen, nicht {count}</translation>
    </message>
    <message>
        <source>“{currency}” is neither a 3-letter code (EUR, USD) nor a short symbol (€, $, kr)</source>
        <translation>„{currency}“ ist weder ein dreibuchstabiger Code (EUR, USD) noch ein kurzes Symbol (€, $, kr)</translation>
    </message>
    <message>
        <source>an empty currency is neither a 3-letter code (EUR, USD) nor a short symbol (€, $, kr)</source>
        <translation>eine leere Währung ist weder ein dreibuchstabiger Code (EUR, USD) noch ein kurzes Symbol (€, $, kr)</translation>
    </message>
    <message>
        <source>Valid until {date} is in the past: cards printed now would carry an expired date.</source>
        <translation>Gültig bis {date} liegt in der Vergangenheit: jetzt gedruckte Karten trügen ein abgelaufenes Datum.</translation>
    </message>
    <message>
        <source>an approver&apos;s name and role must fit on one line (no line breaks or tabs)</source>
        <translation>Name und Rolle eines Freigebers müssen in eine Zeile passen (keine Zeilenumbrüche oder Tabulatoren)</translation>
    </message>
    <message>
        <source>an approver needs a name or a role</source>
        <extracomment>Where the terms came from, in the user&apos;s words (&quot;package Fallback&quot;, &quot;round 3, option B&quot;). issue → the contingent clause agreed on that term (the debrief shows what it did) the clauses agreed first, with ``before_post_settlement`` (none without it) their own weights (issue → fraction, summing to 1; on our value curves), for conditions on &quot;their points&quot; (docs/approvals.md); empty: none</extracomment>
        <translation>ein Freigeber braucht einen Namen oder eine Rolle</translation>
    </message>
    <message>
        <source>{approver}: a condition on their points needs weights of their own (Warranty 60, Delivery 40)</source>
        <translation>{approver}: eine Bedingung auf ihre Punkte braucht eine eigene Gewichtung (Gewährleistung 60, Lieferung 40)</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>muss ein Datum sein</translation>
    </message>
    <message>
        <source>an approver&apos;s weights are numbers ≥ 0</source>
        <translation>die Gewichte eines Freigebers sind Zahlen ≥ 0</translation>
    </message>
    <message>
        <source>an approver&apos;s weights need one above zero</source>
        <translation>die Gewichte eines Freigebers brauchen eines über null</translation>
    </message>
    <message>
        <source>forecast must be &apos;theirs&apos; or &apos;ours&apos;, not {forecast}</source>
        <extracomment>Their gain (points, by their forecast) below which a clause is not worth suggesting. Joint outcomes enumerated exactly up to this many; beyond it, fixed-seed draws. Draws (fixed seed) when the joint outcomes are too many to enumerate. The seed of those draws: the same result on every call. Our points within which a suggested version counts as equal without trying another lever. Grid points scored at once when searching a term (a finer grid is searched on a subset). Subdivision passes (32-fold each) when refining a base term between two grid points. Largest move of a term by a suggested clause, as a share of the issue&apos;s range.</extracomment>
        <translation>die Prognose muss &apos;theirs&apos; oder &apos;ours&apos; sein, nicht {forecast}</translation>
    </message>
    <message>
        <source>Total {amount} expected</source>
        <translation>Gesamt {amount} erwartet</translation>
    </message>
    <message>
        <source>Expected under our forecast; 10–90 %: {low} to {high}. On the base terms: {base}</source>
        <translation>Erwartet nach unserer Prognose; 10–90 %: {low} bis {high}. Zu den Grundkonditionen: {base}</translation>
    </message>
    <message>
        <source>{points:.1f} point</source>
        <translation>{points:.1f} Punkt</translation>
    </message>
    <message>
        <source>our order {order} ({points:.1f} points from best to worst)</source>
        <extracomment>The terms of this issue across the set (&quot;EUR 205.00 – EUR 222.00&quot;, &quot;DDP / DAP&quot;). Numeric: one step (&quot;1 week&quot;) and what it costs us in points (at the set&apos;s middle term). Categorical: our order of the options (&quot;DDP &gt; DAP &gt; FCA&quot;) and the best-to-worst swing. The money equivalent of one step to us (&quot;EUR 800&quot;), when the plan gives one. The line never to cross (&quot;above EUR 248.00&quot;, &quot;EXW&quot;), or &quot;&quot;. The set already sits at the end of the range that is worst for us: nothing left to give.</extracomment>
        <translation>unsere Reihenfolge {order} ({points:.1f} Punkte von der besten bis zur schlechtesten)</translation>
    </message>
    <message>
        <source>nothing left to give (the set is at the end of the range)</source>
        <translation>nichts mehr zu geben (das Set liegt am Ende des Bereichs)</translation>
    </message>
    <message>
        <source>one step ({step}) costs {points:.2f} points, worth {money} to us</source>
        <translation>ein Schritt ({step}) kostet {points:.2f} Punkte, für uns {money} wert</translation>
    </message>
    <message>
        <source>one step ({step}) costs {points:.2f} points</source>
        <translation>ein Schritt ({step}) kostet {points:.2f} Punkte</translation>
    </message>
    <message>
        <source>expected {expected:.1f} points (10–90 %: {low:.1f}–{high:.1f})</source>
        <extracomment>the card&apos;s sentence (what they will read) &quot;likely 90 % (10–90 %: 84–95 %) — our goods receipts, last 8 quarters&quot; the same for their forecast, or &quot;unknown&quot; our expected points of the option, and the 10 % / 90 % points of our spread points the clause wins or costs us against the fixed term (our forecast), and what it wins them by their forecast (their points; None when their forecast is unknown) the planner&apos;s line from the bet (&quot;costs us 0.4 points, worth 3.1 to them by their forecast&quot;) how it is measured (&quot;Measured by: …&quot;; when nobody said, the warning that says so) the bet&apos;s warnings (they cannot check it; its value to them rests on their forecast), or &quot;&quot;</extracomment>
        <translation>erwartet {expected:.1f} Punkte (10–90 %: {low:.1f}–{high:.1f})</translation>
    </message>
    <message>
        <source>their forecast unknown</source>
        <translation>Prognose der Gegenseite unbekannt</translation>
    </message>
    <message>
        <source>{gain:+.1f} of their points by their forecast</source>
        <translation>{gain:+.1f} Punkte der Gegenseite nach deren Prognose</translation>
    </message>
    <message>
        <source>the clause {gain:+.1f} points for us, {theirs}</source>
        <translation>die Klausel {gain:+.1f} Punkte für uns, {theirs}</translation>
    </message>
    <message>
        <source>{event} — ours: {ours}; theirs: {theirs}</source>
        <translation>{event} — unsere: {ours}; Gegenseite: {theirs}</translation>
    </message>
    <message>
        <source>Option {letter}: {spread}. {bet}</source>
        <comment>a contingent option</comment>
        <translation>Option {letter}: {spread}. {bet}</translation>
    </message>
    <message>
        <source>Approvals</source>
        <comment>briefing row</comment>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Left on the table for them ({estimate})</source>
        <translation>Für die Gegenseite liegen gelassen ({estimate})</translation>
    </message>
    <message>
        <source>Left on the table for them</source>
        <translation>Für die Gegenseite liegen gelassen</translation>
    </message>
    <message>
        <source>briefing</source>
        <comment>document name in a title</comment>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Prepared {date}</source>
        <translation>Erstellt am {date}</translation>
    </message>
    <message>
        <source>THE SET</source>
        <translation>DAS SET</translation>
    </message>
    <message>
        <source>Level {level:.1f} points ({source}); spread {spread:.1f} points; reservation {reservation:.1f}; aspiration {aspiration:.1f}</source>
        <translation>Niveau {level:.1f} Punkte ({source}); Spanne {spread:.1f} Punkte; Reservationswert {reservation:.1f}; Anspruchsniveau {aspiration:.1f}</translation>
    </message>
    <message>
        <source>meso-desk: note: {file}: {note}</source>
        <translation>meso-desk: Hinweis: {file}: {note}</translation>
    </message>
    <message>
        <source>{path}: already exists (use --force to overwrite)</source>
        <translation>{path}: existiert bereits (mit --force überschreiben)</translation>
    </message>
    <message>
        <source>summarise a plan file (exit 2 if it cannot be read)</source>
        <translation>eine Plandatei zusammenfassen (Exit-Code 2, wenn sie nicht lesbar ist)</translation>
    </message>
    <message>
        <source>(us)</source>
        <translation>(wir)</translation>
    </message>
    <message>
        <source>(counterpart)</source>
        <translation>(Gegenseite)</translation>
    </message>
    <message>
        <source>issue</source>
        <comment>command-line table column</comment>
        <translation>Verhandlungspunkt</translation>
    </message>
    <message>
        <source>kind</source>
        <comment>command-line table column</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>range / options</source>
        <comment>command-line table column</comment>
        <translation>Bereich / Optionen</translation>
    </message>
    <message>
        <source>better</source>
        <comment>command-line table column</comment>
        <translation>besser</translation>
    </message>
    <message>
        <source>never accept</source>
        <comment>command-line table column</comment>
        <translation>nie akzeptieren</translation>
    </message>
    <message>
        <source>weight</source>
        <comment>command-line table column</comment>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>numeric</source>
        <comment>kind of issue</comment>
        <translation>numerisch</translation>
    </message>
    <message>
        <source>above {term}</source>
        <comment>hard limit</comment>
        <translation>über {term}</translation>
    </message>
    <message>
        <source>below {term}</source>
        <comment>hard limit</comment>
        <translation>unter {term}</translation>
    </message>
    <message>
        <source>categorical</source>
        <comment>kind of issue</comment>
        <translation>kategorial</translation>
    </message>
    <message>
        <source>{count} issue</source>
        <translation>{count} Verhandlungspunkt</translation>
    </message>
    <message>
        <source>{count} issues</source>
        <translation>{count} Verhandlungspunkte</translation>
    </message>
    <message>
        <source>reservation {reservation:.1f} points, aspiration {aspiration:.1f} points</source>
        <translation>Reservationswert {reservation:.1f} Punkte, Anspruchsniveau {aspiration:.1f} Punkte</translation>
    </message>
    <message>
        <source>{count} package</source>
        <translation>{count} Paket</translation>
    </message>
    <message>
        <source>{count} packages</source>
        <translation>{count} Pakete</translation>
    </message>
    <message>
        <source>{count} MESO set</source>
        <translation>{count} MESO-Set</translation>
    </message>
    <message>
        <source>{count} MESO sets</source>
        <translation>{count} MESO-Sets</translation>
    </message>
    <message>
        <source>{count} round</source>
        <translation>{count} Runde</translation>
    </message>
    <message>
        <source>unacceptable packages: {names}</source>
        <translation>nicht akzeptable Pakete: {names}</translation>
    </message>
    <message>
        <source>below the reservation value: {names}</source>
        <translation>unter dem Reservationswert: {names}</translation>
    </message>
    <message>
        <source>their reservation (our guess): {value:.1f} ± {uncertainty:.1f} points on their scale</source>
        <translation>Reservationswert der Gegenseite (unsere Schätzung): {value:.1f} ± {uncertainty:.1f} Punkte auf ihrer Skala</translation>
    </message>
    <message>
        <source>agreed on {date} ({source}):</source>
        <translation>Einigung am {date} ({source}):</translation>
    </message>
    <message>
        <source>agreed on {date}:</source>
        <translation>Einigung am {date}:</translation>
    </message>
    <message>
        <source>agreed ({source}):</source>
        <translation>Einigung ({source}):</translation>
    </message>
    <message>
        <source>agreed:</source>
        <translation>Einigung:</translation>
    </message>
    <message>
        <source>worth {points:.1f} points to us, {margin:.1f} below the reservation value</source>
        <translation>für uns {points:.1f} Punkte wert, {margin:.1f} unter dem Reservationswert</translation>
    </message>
    <message>
        <source>worth {points:.1f} points to us, {margin:.1f} below the reservation value; breaks a hard limit or an unacceptable option</source>
        <translation>für uns {points:.1f} Punkte wert, {margin:.1f} unter dem Reservationswert; verletzt eine harte Grenze oder enthält eine nicht akzeptable Option</translation>
    </message>
    <message>
        <source>worth {points:.1f} points to us, {margin:.1f} above the reservation value</source>
        <translation>für uns {points:.1f} Punkte wert, {margin:.1f} über dem Reservationswert</translation>
    </message>
    <message>
        <source>worth {points:.1f} points to us, {margin:.1f} above the reservation value; breaks a hard limit or an unacceptable option</source>
        <translation>für uns {points:.1f} Punkte wert, {margin:.1f} über dem Reservationswert; verletzt eine harte Grenze oder enthält eine nicht akzeptable Option</translation>
    </message>
    <message>
        <source>(replaced by a post-settlement package; the first agreement is kept in the file)</source>
        <translation>(durch ein Paket aus der Nachverhandlung ersetzt; die erste Einigung bleibt in der Datei erhalten)</translation>
    </message>
    <message>
        <source>{first}, …, {last} ({count} options)</source>
        <translation>{first}, …, {last} ({count} Optionen)</translation>
    </message>
    <message>
        <source>a .meso file</source>
        <translation>eine .meso-Datei</translation>
    </message>
    <message>
        <source>list the plan&apos;s packages with our points</source>
        <translation>die Pakete des Plans mit unseren Punkten auflisten</translation>
    </message>
    <message>
        <source>no packages in this plan</source>
        <translation>keine Pakete in diesem Plan</translation>
    </message>
    <message>
        <source>package</source>
        <comment>command-line table column</comment>
        <translation>Paket</translation>
    </message>
    <message>
        <source>points</source>
        <comment>command-line table column</comment>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>total cost</source>
        <comment>command-line table column</comment>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>UNACCEPTABLE</source>
        <translation>NICHT AKZEPTABEL</translation>
    </message>
    <message>
        <source>UNACCEPTABLE, below reservation</source>
        <translation>NICHT AKZEPTABEL, unter dem Reservationswert</translation>
    </message>
    <message>
        <source>below reservation</source>
        <translation>unter dem Reservationswert</translation>
    </message>
    <message>
        <source>(reservation {reservation:.1f}, aspiration {aspiration:.1f})</source>
        <translation>(Reservationswert {reservation:.1f}, Anspruchsniveau {aspiration:.1f})</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>JSON statt einer Tabelle ausgeben</translation>
    </message>
    <message>
        <source>card {letter} ({package}): {objections} — settle it on our side before the card goes out</source>
        <translation>Karte {letter} ({package}): {objections} — bei uns klären, bevor die Karte hinausgeht</translation>
    </message>
    <message>
        <source>build a plan from a GENIUS domain and our profile</source>
        <translation>einen Plan aus einer GENIUS-Domäne und unserem Profil erstellen</translation>
    </message>
    <message>
        <source>wrote {path}: {count} issue, reservation {reservation:.1f} points</source>
        <translation>{path} geschrieben: {count} Verhandlungspunkt, Reservationswert {reservation:.1f} Punkte</translation>
    </message>
    <message>
        <source>wrote {path}: {count} issues, reservation {reservation:.1f} points</source>
        <translation>{path} geschrieben: {count} Verhandlungspunkte, Reservationswert {reservation:.1f} Punkte</translation>
    </message>
    <message>
        <source>GENIUS domain XML</source>
        <translation>GENIUS-Domäne (XML)</translation>
    </message>
    <message>
        <source>GENIUS utility profile XML (our side)</source>
        <translation>GENIUS-Nutzenprofil (XML, unsere Seite)</translation>
    </message>
    <message>
        <source>the .meso file to write</source>
        <translation>die zu schreibende .meso-Datei</translation>
    </message>
    <message>
        <source>propose a MESO set: packages worth the same to us, each conceding on another issue</source>
        <translation>ein MESO-Set vorschlagen: Pakete, die uns gleich viel wert sind und jeweils bei einem anderen Verhandlungspunkt nachgeben</translation>
    </message>
    <message>
        <source>our points</source>
        <comment>command-line table row</comment>
        <translation>unsere Punkte</translation>
    </message>
    <message>
        <source>total cost</source>
        <comment>command-line table row</comment>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>approvals</source>
        <comment>command-line table row</comment>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>concedes on</source>
        <comment>command-line table row</comment>
        <translation>gibt nach bei</translation>
    </message>
    <message>
        <source>their points (est.)</source>
        <comment>command-line table row</comment>
        <translation>Punkte der Gegenseite (gesch.)</translation>
    </message>
    <message>
        <source>left on table (theirs)</source>
        <comment>command-line table row</comment>
        <translation>liegen gelassen (Gegenseite)</translation>
    </message>
    <message>
        <source>MESO set at {level:.1f} points (each within {tolerance:g}; reservation {reservation:.1f})</source>
        <translation>MESO-Set bei {level:.1f} Punkten (jedes Paket innerhalb von {tolerance:g}; Reservationswert {reservation:.1f})</translation>
    </message>
    <message>
        <source>(their points: {estimate}; left on table: what each package leaves them against the best we could give them at the same value to us)</source>
        <translation>(Punkte der Gegenseite: {estimate}; liegen gelassen: was jedes Paket der Gegenseite gegenüber dem Besten vorenthält, das wir ihr beim selben Wert für uns geben könnten)</translation>
    </message>
    <message>
        <source>robustness: {sentence}</source>
        <translation>Robustheit: {sentence}</translation>
    </message>
    <message>
        <source>packages in the set, 2-5 (default 3)</source>
        <translation>Pakete im Set, 2-5 (Vorgabe 3)</translation>
    </message>
    <message>
        <source>points each package is worth (default: aspiration)</source>
        <translation>Punkte, die jedes Paket wert ist (Vorgabe: Anspruchsniveau)</translation>
    </message>
    <message>
        <source>what to favour among valid sets (default balanced)</source>
        <translation>was unter den gültigen Sets bevorzugt wird (Vorgabe balanced)</translation>
    </message>
    <message>
        <source>another valid set for another seed (default 0)</source>
        <translation>ein anderes gültiges Set für einen anderen Startwert (Vorgabe 0)</translation>
    </message>
    <message>
        <source>a set that stays equal if the weights are a little off (default once the plan has a weight region; else ± 5 points)</source>
        <translation>ein Set, das gleichwertig bleibt, wenn die Gewichte etwas danebenliegen (Vorgabe, sobald der Plan einen Gewichtsbereich hat; sonst ± 5 Punkte)</translation>
    </message>
    <message>
        <source>only packages every approver of ours accepts (default: on when an approver refuses something; docs/approvals.md)</source>
        <translation>nur Pakete, die jeder unserer Freigeber akzeptiert (Vorgabe: an, wenn ein Freigeber etwas ablehnt; docs/approvals.md)</translation>
    </message>
    <message>
        <source>meso-desk: note: {message}</source>
        <translation>meso-desk: Hinweis: {message}</translation>
    </message>
    <message>
        <source>meso-desk: warning: {message}</source>
        <translation>meso-desk: Warnung: {message}</translation>
    </message>
    <message>
        <source>printing needs PySide6 ({error})</source>
        <translation>Drucken braucht PySide6 ({error})</translation>
    </message>
    <message>
        <source>print package cards for the other side (PDF or PNG), and an INTERNAL briefing</source>
        <translation>Paketkarten für die Gegenseite drucken (PDF oder PNG) und ein INTERNES Briefing</translation>
    </message>
    <message>
        <source>{warning}; choose equal options or add --allow-unequal</source>
        <translation>{warning}; wählen Sie gleichwertige Optionen oder geben Sie --allow-unequal an</translation>
    </message>
    <message>
        <source>check your own text on the cards: {warning}</source>
        <translation>prüfen Sie Ihren eigenen Text auf den Karten: {warning}</translation>
    </message>
    <message>
        <source>{count} card</source>
        <translation>{count} Karte</translation>
    </message>
    <message>
        <source>{count} cards</source>
        <translation>{count} Karten</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} Seite</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} Seiten</translation>
    </message>
    <message>
        <source>wrote {files}: {cards} ({letters}) on {pages}, {layout}, from {source}</source>
        <translation>{files} geschrieben: {cards} ({letters}) auf {pages}, {layout}; Quelle: {source}</translation>
    </message>
    <message>
        <source>{prog}: error: {message} (see {prog} --help)</source>
        <translation>{prog}: Fehler: {message} (siehe {prog} --help)</translation>
    </message>
    <message>
        <source>{text}: expected a number</source>
        <translation>{text}: erwartet wird eine Zahl</translation>
    </message>
    <message>
        <source>{text}: expected a whole number, 0 or more</source>
        <translation>{text}: erwartet wird eine ganze Zahl, 0 oder mehr</translation>
    </message>
    <message>
        <source>wrote {path}: INTERNAL briefing — keep it on your side of the table</source>
        <translation>{path} geschrieben: INTERNES Briefing – bleibt auf Ihrer Seite des Tisches</translation>
    </message>
    <message>
        <source>--supplier {name}: no such supplier; the plan has: {names}</source>
        <translation>--supplier {name}: diesen Lieferanten gibt es nicht; der Plan hat: {names}</translation>
    </message>
    <message>
        <source>{path}: the output must end in .pdf or .png</source>
        <translation>{path}: die Ausgabe muss auf .pdf oder .png enden</translation>
    </message>
    <message>
        <source>{path}: the briefing must end in .pdf</source>
        <translation>{path}: das Briefing muss auf .pdf enden</translation>
    </message>
    <message>
        <source>{path}: would overwrite the plan</source>
        <translation>{path}: würde den Plan überschreiben</translation>
    </message>
    <message>
        <source>the file was not written completely</source>
        <translation>die Datei wurde nicht vollständig geschrieben</translation>
    </message>
    <message>
        <source>the cards and the briefing must go to different files</source>
        <translation>Karten und Briefing müssen in verschiedene Dateien geschrieben werden</translation>
    </message>
    <message>
        <source>unknown layout {layout}</source>
        <translation>unbekanntes Layout {layout}</translation>
    </message>
    <message>
        <source>--dpi {dpi:g}: the resolution must be between 10 and 1200</source>
        <translation>--dpi {dpi:g}: die Auflösung muss zwischen 10 und 1200 liegen</translation>
    </message>
    <message>
        <source>{path}: the screenshot must end in .png</source>
        <translation>{path}: das Bildschirmfoto muss auf .png enden</translation>
    </message>
    <message>
        <source>--valid-until {text}: expected a date as YYYY-MM-DD</source>
        <translation>--valid-until {text}: erwartet wird ein Datum als JJJJ-MM-TT (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the cards say valid until {date}, which has passed</source>
        <translation>auf den Karten steht „gültig bis {date}“, und dieses Datum ist vorbei</translation>
    </message>
    <message>
        <source>a new MESO set at {level:.1f} points</source>
        <translation>ein neues MESO-Set bei {level:.1f} Punkten</translation>
    </message>
    <message>
        <source>the named packages</source>
        <translation>die genannten Pakete</translation>
    </message>
    <message>
        <source>{count} options at once tend to overload the other side</source>
        <translation>{count} Optionen auf einmal überfordern die Gegenseite leicht</translation>
    </message>
    <message>
        <source>Print package cards for the other side: one card per option (Option A, B, C …) with the terms only — never our points, weights, reservation, BATNA or estimates. Which packages: --mesos/--level generate a MESO set exactly as &apos;meso-desk mesos&apos; does; --packages names packages of the plan; by default the plan&apos;s latest MESO set, else every package that may be offered.</source>
        <translation>Paketkarten für die Gegenseite drucken: eine Karte je Option (Option A, B, C …) nur mit den Bedingungen – nie unsere Punkte, Gewichte, Reservationswert, BATNA oder Schätzungen. Welche Pakete: --mesos/--level erzeugen ein MESO-Set genau wie „meso-desk mesos“; --packages nennt Pakete des Plans; als Vorgabe das neueste MESO-Set des Plans, sonst jedes Paket, das angeboten werden darf.</translation>
    </message>
    <message>
        <source>generate a MESO set of N packages (2-5)</source>
        <translation>ein MESO-Set aus N Paketen erzeugen (2-5)</translation>
    </message>
    <message>
        <source>packages of the plan, in card order (several names, or one comma-separated list)</source>
        <translation>Pakete des Plans in Kartenreihenfolge (mehrere Namen oder eine durch Kommas getrennte Liste)</translation>
    </message>
    <message>
        <source>with --mesos: points each package is worth (default: the aspiration); alone: --mesos 3 at this level</source>
        <translation>mit --mesos: Punkte, die jedes Paket wert ist (Vorgabe: das Anspruchsniveau); allein: --mesos 3 auf diesem Niveau</translation>
    </message>
    <message>
        <source>the cards: a .pdf, or a .png (several pages: OUT-1.png, OUT-2.png …)</source>
        <translation>die Karten: eine .pdf oder eine .png (mehrere Seiten: OUT-1.png, OUT-2.png …)</translation>
    </message>
    <message>
        <source>a4-3up / letter-3up: three cards per page with cut marks; a5 / a6: one card per page (default {layout})</source>
        <translation>a4-3up / letter-3up: drei Karten je Seite mit Schnittmarken; a5 / a6: eine Karte je Seite (Vorgabe {layout})</translation>
    </message>
    <message>
        <source>also write the INTERNAL briefing sheet (our points, what each choice tells us, concessions, questions) to this PDF</source>
        <translation>zusätzlich das INTERNE Briefing (unsere Punkte, was uns jede Wahl verrät, Zugeständnisse, Fragen) in diese PDF schreiben</translation>
    </message>
    <message>
        <source>overwrite the cards and the briefing if they exist</source>
        <translation>Karten und Briefing überschreiben, falls vorhanden</translation>
    </message>
    <message>
        <source>print &apos;Valid until …&apos; on every card</source>
        <translation>„Gültig bis …“ auf jede Karte drucken</translation>
    </message>
    <message>
        <source>a subject line under the counterpart&apos;s name</source>
        <translation>eine Betreffzeile unter dem Namen der Gegenseite</translation>
    </message>
    <message>
        <source>print each issue&apos;s description under its name</source>
        <translation>die Beschreibung jedes Verhandlungspunkts unter seinen Namen drucken</translation>
    </message>
    <message>
        <source>resolution of PNG output (default 200)</source>
        <translation>Auflösung der PNG-Ausgabe (Vorgabe 200)</translation>
    </message>
    <message>
        <source>print a reverse on every card with talking points for their negotiator (docs/behind-the-table.md; checked by the same leak guard)</source>
        <translation>auf jede Karte eine Rückseite mit Argumenten für ihren Verhandlungsführer drucken (docs/behind-the-table.md; von derselben Prüfung gegen Preisgabe kontrolliert)</translation>
    </message>
    <message>
        <source>print options whose points spread more than the MESO tolerance (refused by default: the cards call the options equally welcome)</source>
        <translation>Optionen drucken, deren Punkte weiter auseinanderliegen als die MESO-Toleranz (sonst abgelehnt: die Karten nennen die Optionen gleich willkommen)</translation>
    </message>
    <message>
        <source>a sourcing plan: the cards for this supplier (as if switched to it; never another supplier&apos;s name or terms)</source>
        <translation>ein Beschaffungsplan: die Karten für diesen Lieferanten (als wäre zu ihm gewechselt; nie Name oder Bedingungen eines anderen Lieferanten)</translation>
    </message>
    <message>
        <source>the INTERNAL one-page debrief of the agreement (PDF), and post-settlement cards</source>
        <translation>die INTERNE einseitige Nachbesprechung der Einigung (PDF) und Karten zur Nachverhandlung</translation>
    </message>
    <message>
        <source>{path}: no agreement recorded (record the agreed package in the Deal panel first)</source>
        <translation>{path}: keine Einigung erfasst (erfassen Sie zuerst das vereinbarte Paket im Bereich Abschluss)</translation>
    </message>
    <message>
        <source>{path}: the debrief must end in .pdf</source>
        <translation>{path}: die Nachbesprechung muss auf .pdf enden</translation>
    </message>
    <message>
        <source>{path}: the post-settlement cards must end in .pdf</source>
        <translation>{path}: die Karten zur Nachverhandlung müssen auf .pdf enden</translation>
    </message>
    <message>
        <source>the debrief and the cards must go to different files</source>
        <translation>Nachbesprechung und Karten müssen in verschiedene Dateien geschrieben werden</translation>
    </message>
    <message>
        <source>--bar: {reason}</source>
        <translation>--bar: {reason}</translation>
    </message>
    <message>
        <source>wrote {path}: INTERNAL debrief, {count} page — keep it on your side</source>
        <translation>{path} geschrieben: INTERNE Nachbesprechung, {count} Seite – bleibt auf Ihrer Seite</translation>
    </message>
    <message>
        <source>wrote {path}: INTERNAL debrief, {count} pages — keep it on your side</source>
        <translation>{path} geschrieben: INTERNE Nachbesprechung, {count} Seiten – bleibt auf Ihrer Seite</translation>
    </message>
    <message>
        <source>no post-settlement cards written: {reason}</source>
        <translation>keine Karten zur Nachverhandlung geschrieben: {reason}</translation>
    </message>
    <message>
        <source>wrote {path}: {count} post-settlement card for the other side (terms only)</source>
        <translation>{path} geschrieben: {count} Karte zur Nachverhandlung für die Gegenseite (nur Bedingungen)</translation>
    </message>
    <message>
        <source>wrote {path}: {count} post-settlement cards for the other side (terms only)</source>
        <translation>{path} geschrieben: {count} Karten zur Nachverhandlung für die Gegenseite (nur Bedingungen)</translation>
    </message>
    <message>
        <source>Write the INTERNAL one-page debrief of the plan&apos;s agreement: the agreed package against our aspiration and reservation, the value left on the table (points, and money where the issues carry money equivalents), what each round revealed, the post-settlement suggestions and the lessons. Exit 2 when the plan records no agreement.</source>
        <translation>Die INTERNE einseitige Nachbesprechung der Einigung des Plans schreiben: das vereinbarte Paket gegenüber unserem Anspruchsniveau und Reservationswert, der auf dem Tisch gelassene Wert (Punkte, und Geld, wo die Verhandlungspunkte Geldäquivalente haben), was jede Runde verraten hat, die Vorschläge zur Nachverhandlung und die Lehren. Exit-Code 2, wenn der Plan keine Einigung erfasst.</translation>
    </message>
    <message>
        <source>a .meso file with an agreement</source>
        <translation>eine .meso-Datei mit einer Einigung</translation>
    </message>
    <message>
        <source>the debrief PDF</source>
        <translation>die PDF der Nachbesprechung</translation>
    </message>
    <message>
        <source>paper size (default a4)</source>
        <translation>Papierformat (Standard a4)</translation>
    </message>
    <message>
        <source>also write the post-settlement suggestions as cards for the other side (terms only)</source>
        <translation>zusätzlich die Vorschläge zur Nachverhandlung als Karten für die Gegenseite schreiben (nur Bedingungen)</translation>
    </message>
    <message>
        <source>also print the debrief as text</source>
        <translation>die Nachbesprechung zusätzlich als Text ausgeben</translation>
    </message>
    <message>
        <source>overwrite the debrief and the cards if they exist</source>
        <translation>Nachbesprechung und Karten überschreiben, falls vorhanden</translation>
    </message>
    <message>
        <source>propose post-settlement alternatives when the chance that one is better for them reaches this (default: the plan&apos;s, 30 %%)</source>
        <translation>Alternativen zur Nachverhandlung vorschlagen, wenn die Wahrscheinlichkeit, dass eine für die Gegenseite besser ist, diesen Wert erreicht (Vorgabe: die des Plans, 30 %%)</translation>
    </message>
    <message>
        <source>Plan a negotiation with multiple equivalent simultaneous offers (MESOs).</source>
        <translation>Eine Verhandlung mit mehreren gleichwertigen gleichzeitigen Angeboten (MESOs) planen.</translation>
    </message>
    <message>
        <source>commands (meso-desk COMMAND --help):</source>
        <translation>Befehle (meso-desk BEFEHL --help):</translation>
    </message>
    <message>
        <source>exit codes: 0 ok, 1 refused or failed, 2 bad input (unreadable or invalid file, bad arguments)</source>
        <translation>Exit-Codes: 0 in Ordnung, 1 abgelehnt oder fehlgeschlagen, 2 ungültige Eingabe (unlesbare oder ungültige Datei, ungültige Argumente)</translation>
    </message>
    <message>
        <source>a .meso plan to open (default: the supplier example)</source>
        <translation>ein zu öffnender .meso-Plan (Vorgabe: das Lieferantenbeispiel)</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>das Fenster als PNG speichern und beenden</translation>
    </message>
    <message>
        <source>overwrite OUT.png if it exists</source>
        <translation>OUT.png überschreiben, falls vorhanden</translation>
    </message>
    <message>
        <source>the screenshot&apos;s size (default 1400x900)</source>
        <translation>Größe des Bildschirmfotos (Vorgabe 1400x900)</translation>
    </message>
    <message>
        <source>the screenshot&apos;s workspace: prepare, offers, room or deal</source>
        <translation>Arbeitsbereich des Bildschirmfotos: prepare, offers, room oder deal</translation>
    </message>
    <message>
        <source>meso-desk: internal error: {kind}: {message} (set MESO_DESK_DEBUG=1 for details)</source>
        <translation>meso-desk: interner Fehler: {kind}: {message} (Einzelheiten mit MESO_DESK_DEBUG=1)</translation>
    </message>
    <message>
        <source>--force goes with --screenshot</source>
        <translation>--force gehört zu --screenshot</translation>
    </message>
    <message>
        <source>the window needs PySide6 and pyqtgraph ({error})</source>
        <translation>das Fenster braucht PySide6 und pyqtgraph ({error})</translation>
    </message>
    <message>
        <source>their est. {value:.0f}</source>
        <translation>Gegenseite (gesch.) {value:.0f}</translation>
    </message>
    <message>
        <source>{points:.1f} points</source>
        <translation>{points:.1f} Punkte</translation>
    </message>
    <message>
        <source>{letter} {waste} (under the {estimate})</source>
        <translation>{letter} {waste} (unter: {estimate})</translation>
    </message>
    <message>
        <source>BATNA: {batna}</source>
        <translation>BATNA: {batna}</translation>
    </message>
    <message>
        <source>WHAT EACH CHOICE WOULD TELL US</source>
        <translation>WAS UNS JEDE WAHL VERRATEN WÜRDE</translation>
    </message>
    <message>
        <source>ORDER OF CONCESSIONS (concede first → hold longest)</source>
        <translation>REIHENFOLGE DER ZUGESTÄNDNISSE (zuerst nachgeben → am längsten halten)</translation>
    </message>
    <message>
        <source>{number}. {issue} ({weight:.1f} %): in the set {terms}; {cost}; never {never}</source>
        <translation>{number}. {issue} ({weight:.1f} %): im Set {terms}; {cost}; nie {never}</translation>
    </message>
    <message>
        <source>{number}. {issue} ({weight:.1f} %): in the set {terms}; {cost}</source>
        <translation>{number}. {issue} ({weight:.1f} %): im Set {terms}; {cost}</translation>
    </message>
    <message>
        <source>QUESTIONS TO ASK</source>
        <translation>FRAGEN, DIE WIR STELLEN</translation>
    </message>
    <message>
        <source>THEIR PRIORITIES (ESTIMATE)</source>
        <translation>PRIORITÄTEN DER GEGENSEITE (SCHÄTZUNG)</translation>
    </message>
    <message>
        <source>{low:.0%}–{high:.0%}</source>
        <comment>a range</comment>
        <translation>{low:.0%}–{high:.0%}</translation>
    </message>
    <message>
        <source>top issue {probability:.0%}</source>
        <translation>wichtigster Verhandlungspunkt {probability:.0%}</translation>
    </message>
    <message>
        <source>{weight:.0%}</source>
        <comment>a share</comment>
        <translation>{weight:.0%}</translation>
    </message>
    <message>
        <source>ROUNDS SO FAR</source>
        <translation>BISHERIGE RUNDEN</translation>
    </message>
    <message>
        <source>WHO MUST APPROVE (LEVEL II)</source>
        <translation>WER FREIGEBEN MUSS (LEVEL II)</translation>
    </message>
    <message>
        <source>OTHER NOTES</source>
        <translation>WEITERE NOTIZEN</translation>
    </message>
    <message>
        <source>no packages for the briefing</source>
        <translation>keine Pakete für das Briefing</translation>
    </message>
    <message>
        <source>chosen level</source>
        <translation>gewähltes Niveau</translation>
    </message>
    <message>
        <source>level of the MESO set</source>
        <translation>Niveau des MESO-Sets</translation>
    </message>
    <message>
        <source>mean of the set</source>
        <translation>Mittelwert des Sets</translation>
    </message>
    <message>
        <source>If none works: ask which one comes closest and what would make it work — record it as their favourite even if they refuse all.</source>
        <translation>Wenn keine passt: Fragen Sie, welche am nächsten kommt und was sie passend machen würde — erfassen Sie sie als ihren Favoriten, auch wenn sie alle ablehnen.</translation>
    </message>
    <message>
        <source>If it does not work: ask what would make it work, and which term matters most to them.</source>
        <translation>Wenn es nicht passt: Fragen Sie, was es passend machen würde und welche Bedingung ihnen am wichtigsten ist.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a forecast</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{forecast} — {source}</source>
        <translation>{forecast} — {source}</translation>
    </message>
    <message>
        <source>Measured by: {source}.</source>
        <translation>Gemessen durch: {source}.</translation>
    </message>
    <message>
        <source>Nobody has said how it will be measured: agree the source before it goes into the contract, or the clause invites a dispute.</source>
        <translation>Niemand hat gesagt, wie gemessen wird: Vereinbaren Sie die Quelle, bevor die Klausel in den Vertrag kommt, sonst lädt sie zum Streit ein.</translation>
    </message>
    <message>
        <source>Only one side can see the measurement ({source}): the clause pays only if they are wrong in a way they cannot check — expect them to refuse it, or offer to share the data.</source>
        <translation>Nur eine Seite sieht die Messung ({source}): Die Klausel zahlt sich nur aus, wenn sie sich auf eine Weise irren, die sie nicht prüfen können — rechnen Sie mit Ablehnung oder bieten Sie an, die Daten zu teilen.</translation>
    </message>
    <message>
        <source>Option {letter} alone: a single offer tells us little about what matters to them. Consider two or three equivalent options.</source>
        <translation>Option {letter} allein: Ein einzelnes Angebot verrät uns wenig darüber, was ihnen wichtig ist. Erwägen Sie zwei oder drei gleichwertige Optionen.</translation>
    </message>
    <message>
        <source>gives on {issue} ({term}; {others}: {terms}; {points:.1f} points more than the other)</source>
        <translation>gibt nach bei {issue} ({term}; {others}: {terms}; {points:.1f} Punkte mehr als die andere)</translation>
    </message>
    <message>
        <source>gives on {issue} ({term}; {others}: {terms}; {points:.1f} points more than the others)</source>
        <translation>gibt nach bei {issue} ({term}; {others}: {terms}; {points:.1f} Punkte mehr als die anderen)</translation>
    </message>
    <message>
        <source>holds on {issue} ({term}; {others}: {terms})</source>
        <translation>hält bei {issue} ({term}; {others}: {terms})</translation>
    </message>
    <message>
        <source>{letter} {gives} and {holds}.</source>
        <comment>a reading</comment>
        <translation>{letter} {gives} und {holds}.</translation>
    </message>
    <message>
        <source>If they choose {letter}: {gives} probably matters more to them than {holds}.</source>
        <translation>Wenn die Gegenseite {letter} wählt: {gives} ist ihr wahrscheinlich wichtiger als {holds}.</translation>
    </message>
    <message>
        <source>{letter} {does}.</source>
        <comment>a reading</comment>
        <translation>{letter} {does}.</translation>
    </message>
    <message>
        <source>If they choose {letter}: {issue} probably matters to them.</source>
        <translation>Wenn die Gegenseite {letter} wählt: {issue} ist ihr wahrscheinlich wichtig.</translation>
    </message>
    <message>
        <source>If they choose {letter}: {issue} probably matters less to them than the rest.</source>
        <translation>Wenn die Gegenseite {letter} wählt: {issue} ist ihr wahrscheinlich weniger wichtig als der Rest.</translation>
    </message>
    <message>
        <source>{letter} is made up like the others.</source>
        <translation>{letter} ist wie die anderen zusammengesetzt.</translation>
    </message>
    <message>
        <source>If they choose {letter}: little to learn from it.</source>
        <translation>Wenn die Gegenseite {letter} wählt: Daraus lässt sich wenig lernen.</translation>
    </message>
    <message>
        <source>{currency} {amount:,.0f}</source>
        <comment>money</comment>
        <translation>{currency} {amount:,.0f}</translation>
    </message>
    <message>
        <source>above {term}</source>
        <comment>never cross</comment>
        <translation>über {term}</translation>
    </message>
    <message>
        <source>below {term}</source>
        <comment>never cross</comment>
        <translation>unter {term}</translation>
    </message>
    <message>
        <source>Which of these works best for you?</source>
        <translation>Welche davon passt für Sie am besten?</translation>
    </message>
    <message>
        <source>And which would come second?</source>
        <translation>Und welche käme an zweiter Stelle?</translation>
    </message>
    <message>
        <source>What would make {letter} work for you?</source>
        <translation>Was müsste sich ändern, damit {letter} für Sie passt?</translation>
    </message>
    <message>
        <source>What stands in the way of {letter}?</source>
        <translation>Was steht {letter} im Weg?</translation>
    </message>
    <message>
        <source>Does this work for you? What would you change first?</source>
        <translation>Passt das für Sie? Was würden Sie zuerst ändern?</translation>
    </message>
    <message>
        <source>How does {first} compare with {second} for you?</source>
        <translation>Wie wichtig ist Ihnen {first} im Vergleich zu {second}?</translation>
    </message>
    <message>
        <source>Who else on your side has to approve this, and what will they look at?</source>
        <translation>Wer auf Ihrer Seite muss das noch freigeben, und worauf wird dabei geachtet?</translation>
    </message>
    <message>
        <source>No reactions recorded yet: their priorities are unknown. Working assumption: they want the opposite of us on every numeric issue, all issues equally important. Their choice among these options is the first evidence.</source>
        <translation>Noch keine Reaktionen erfasst: Die Prioritäten der Gegenseite sind unbekannt. Arbeitsannahme: Die Gegenseite will bei jedem numerischen Verhandlungspunkt das Gegenteil von uns, alle Verhandlungspunkte gleich wichtig. Die Wahl der Gegenseite unter diesen Optionen ist der erste Hinweis.</translation>
    </message>
    <message>
        <source>The estimate could not be computed: {error}</source>
        <translation>Die Schätzung konnte nicht berechnet werden: {error}</translation>
    </message>
    <message>
        <source>Based on {observations} observation from {rounds} round; uncertain — the ranges show how much.</source>
        <translation>Beruht auf {observations} Beobachtung aus {rounds} Runde; unsicher — die Bereiche zeigen, wie sehr.</translation>
    </message>
    <message>
        <source>Based on {observations} observation from {rounds} rounds; uncertain — the ranges show how much.</source>
        <translation>Beruht auf {observations} Beobachtung aus {rounds} Runden; unsicher — die Bereiche zeigen, wie sehr.</translation>
    </message>
    <message>
        <source>Based on {observations} observations from {rounds} round; uncertain — the ranges show how much.</source>
        <translation>Beruht auf {observations} Beobachtungen aus {rounds} Runde; unsicher — die Bereiche zeigen, wie sehr.</translation>
    </message>
    <message>
        <source>Based on {observations} observations from {rounds} rounds; uncertain — the ranges show how much.</source>
        <translation>Beruht auf {observations} Beobachtungen aus {rounds} Runden; unsicher — die Bereiche zeigen, wie sehr.</translation>
    </message>
    <message>
        <source>open</source>
        <comment>round outcome</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>Round {number} ({date}): {offered}; {reaction}; {outcome}; they said: “{statement}”.</source>
        <translation>Runde {number} ({date}): {offered}; {reaction}; {outcome}; die Gegenseite sagte: „{statement}“.</translation>
    </message>
    <message>
        <source>Round {number} ({date}): {offered}; {reaction}; {outcome}.</source>
        <translation>Runde {number} ({date}): {offered}; {reaction}; {outcome}.</translation>
    </message>
    <message>
        <source>Round {number}: {offered}; {reaction}; {outcome}; they said: “{statement}”.</source>
        <translation>Runde {number}: {offered}; {reaction}; {outcome}; die Gegenseite sagte: „{statement}“.</translation>
    </message>
    <message>
        <source>Round {number}: {offered}; {reaction}; {outcome}.</source>
        <translation>Runde {number}: {offered}; {reaction}; {outcome}.</translation>
    </message>
    <message>
        <source>Nothing noted. Before the meeting: who signs off on our side, and who on theirs? (File ▸ Plan Properties…: who must approve.)</source>
        <extracomment>Note lines starting with these words (and a colon) are Level II / relationship notes (English and German: the notes are the user&apos;s own words).</extracomment>
        <translation>Nichts notiert. Vor dem Treffen: Wer gibt auf unserer Seite frei, wer auf ihrer? (Datei ▸ Planeigenschaften…: wer freigeben muss.)</translation>
    </message>
    <message>
        <source>Nothing noted. (File ▸ Plan Properties…: relationship.)</source>
        <translation>Nichts notiert. (Datei ▸ Planeigenschaften…: Beziehung.)</translation>
    </message>
    <message>
        <source>worth the same to us</source>
        <translation>für uns gleich viel wert</translation>
    </message>
    <message>
        <source>gains us {points}</source>
        <translation>bringt uns {points}</translation>
    </message>
    <message>
        <source>costs us {points}</source>
        <translation>kostet uns {points}</translation>
    </message>
    <message>
        <source>worth nothing to them</source>
        <translation>für die Gegenseite nichts wert</translation>
    </message>
    <message>
        <source>worth {points} to them</source>
        <translation>für die Gegenseite {points} wert</translation>
    </message>
    <message>
        <source>costs them {points}</source>
        <translation>kostet die Gegenseite {points}</translation>
    </message>
    <message>
        <source>Only pays if they are wrong about {event} in a way they cannot check (they cannot see the measurement): agree how it is measured, by whom, and share the figures.</source>
        <translation>Lohnt sich nur, wenn sie sich bei {event} auf eine Weise irren, die sie nicht prüfen können (sie sehen die Messung nicht): Vereinbaren Sie, wie und von wem gemessen wird, und teilen Sie die Zahlen.</translation>
    </message>
    <message>
        <source>Only pays if they are wrong about {event} in a way they cannot check (nobody has said how it is measured): agree how it is measured, by whom, and share the figures.</source>
        <translation>Lohnt sich nur, wenn sie sich bei {event} auf eine Weise irren, die sie nicht prüfen können (niemand hat gesagt, wie gemessen wird): Vereinbaren Sie, wie und von wem gemessen wird, und teilen Sie die Zahlen.</translation>
    </message>
    <message>
        <source>Its value to them rests on their forecast of {event}: if ours is right it costs them {points}; expect them to feel it when it bites.</source>
        <translation>Der Wert für sie beruht auf ihrer Prognose zu {event}: Stimmt unsere, kostet es sie {points}; rechnen Sie damit, dass sie es spüren, wenn die Klausel greift.</translation>
    </message>
    <message>
        <source>{clause}: {ours} by our forecast; {theirs} by their forecast ({signed} to them if ours is right).</source>
        <translation>{clause}: {ours} nach unserer Prognose; {theirs} nach ihrer Prognose ({signed} für sie, wenn unsere stimmt).</translation>
    </message>
    <message>
        <source>{clause}: {ours} by our forecast; {theirs} by our forecast too (their forecast of {event} is unknown).</source>
        <translation>{clause}: {ours} nach unserer Prognose; {theirs} ebenfalls nach unserer Prognose (ihre Prognose zu {event} ist unbekannt).</translation>
    </message>
    <message>
        <source>{term} if {event} is {state}</source>
        <translation>{term}, wenn {event} = {state}</translation>
    </message>
    <message>
        <source>{issue} {term} if {event} is below {threshold}</source>
        <translation>{issue} {term}, wenn {event} unter {threshold} liegt</translation>
    </message>
    <message>
        <source>{issue} {term} if {event} is above {threshold}</source>
        <translation>{issue} {term}, wenn {event} über {threshold} liegt</translation>
    </message>
    <message>
        <source>point</source>
        <comment>a percentage point of an event</comment>
        <translation>Prozentpunkt</translation>
    </message>
    <message>
        <source>{issue} {rate} per {per} below {pivot} of {event}</source>
        <translation>{issue} {rate} pro {per} unter {pivot} bei {event}</translation>
    </message>
    <message>
        <source>{issue} {rate} per {per} above {pivot} of {event}</source>
        <translation>{issue} {rate} pro {per} über {pivot} bei {event}</translation>
    </message>
    <message>
        <source>{issue} {rate} per {per} that moves from {pivot} in {event}</source>
        <translation>{issue} {rate} pro {per} Abweichung von {pivot} bei {event}</translation>
    </message>
    <message>
        <source>{clause}, at most {cap:g}{unit}</source>
        <translation>{clause}, höchstens {cap:g}{unit}</translation>
    </message>
    <message>
        <source>{issue} has options: no continuous term to search</source>
        <extracomment>our points of the package without / with the clause (our forecast) their points (estimate) without / with the clause (their forecast) contingent − fixed for each side (points) their points with the clause if OUR forecast is right empty, or why the bet is doubtful (they cannot check it; it pays them only if they are right) one line for the planner their points without the clause if OUR forecast is right 10 %, 50 %, 90 % of our points 10/50/90 % of the total cost (plan.costs); None without a cost model the exact (continuous) term, None when no acceptable term brackets the target the grid term chosen (on the issue&apos;s step) and our expected points there minus the target</extracomment>
        <translation>{issue} hat Optionen: kein stetiger Wert zu suchen</translation>
    </message>
    <message>
        <source>{event} clause</source>
        <translation>Klausel {event}</translation>
    </message>
    <message>
        <source>unknown strategy {strategy}; use one of {strategies}</source>
        <extracomment>The strategies that use the estimate (the MESO engine&apos;s own names pass through); ``&quot;auto&quot;`` lets the round choose among the other three (:func:`auto_purpose`). ``&quot;auto&quot;``: please once one issue is their top one with at least this probability (the words say how sure by the estimate&apos;s grade, ``counterpart/sureness.py``: &quot;taking shape&quot; below 75 %). ``&quot;auto&quot;``: learn during the first rounds (this many recorded), then balance. Set score weights per strategy: points per 0.01 of expected weight variance removed (``info``), per point of their expected value of the package they like best (``hedge``), per point of their value the set&apos;s *best* package leaves on the table, per point the set&apos;s packages leave on average, per point of concession clarity (capped), per unit of diversity (the smallest term distance of a pair ÷ issues) and per point of spread in our value. Chosen by exact expectations over the simulated counterparts&apos; choices (``benchmarks/simulate_counterparts.py --exact``, docs/inference.md): ``balanced`` learns more than the earlier profile-EIG default *and* pleases as much; ``learn`` spends the two packages beside the near-efficient one on probes. The engine&apos;s own strategy used when there is no posterior to learn from. A set is near-efficient when its best package is within this many of their points of the best we can give them at that level (beyond it the set is heavily penalised). Posterior samples used to score sets (more is more exact and slower). The room: how many of the best sets (by what the pick tells) are re-scored with what the counter-offer will tell too (all of them costs ~4× the MESO budget on 10 × 7). Probes per issue that the scorer adds to the engine&apos;s shortlist of a large pool (see :meth:`InformationScorer.candidates`).
----------
A package concedes on an issue when it gives away more than this many points beyond the others there. Pools up to this size are searched whole (no shortlist). Sets examined one by one when the beam search finds none and the shortlist is small. When the beam&apos;s set leaves value on the table, shortlists with at most this many sets are searched whole for one whose best-for-them package is on the frontier.</extracomment>
        <translation>unbekannte Strategie {strategy}; verwenden Sie eine von {strategies}</translation>
    </message>
    <message>
        <source>no reaction recorded yet: the first set balances learning and pleasing</source>
        <extracomment>the room: their reactions so far came with a counter-offer, so the next will too — what the counter-offer tells counts with the pick (:meth:`counter_probabilities`) the counter-offer chances computed so far, ``(M, packages, n)`` in the order computed (``_q_at``: each pool package&apos;s place, −1 not yet): a full ``(M, pool, n)`` array would be tens of megabytes, touched page by page (:meth:`counter_probabilities`) bits of information (about the whole profile) and weight variance removed by the last full-size set scored best (for the UI&apos;s &quot;why&quot;).</extracomment>
        <translation>noch keine Reaktion erfasst: das erste Set wägt Lernen und Entgegenkommen ab</translation>
    </message>
    <message>
        <source>{how_sure}: please them</source>
        <translation>{how_sure}: entgegenkommen</translation>
    </message>
    <message>
        <source>round {round}: still learning what matters to them — a set chosen for what their pick and their counter-offer will tell</source>
        <translation>Runde {round}: noch lernen, was ihnen wichtig ist — ein Set, gewählt für das, was ihre Wahl und ihr Gegenangebot verraten werden</translation>
    </message>
    <message>
        <source>round {round}: still learning what matters to them</source>
        <translation>Runde {round}: noch lernen, was ihnen wichtig ist</translation>
    </message>
    <message>
        <source>not yet sure what matters most to them ({issue}: {share:.0f} %): balance</source>
        <translation>noch unsicher, was ihnen am wichtigsten ist ({issue}: {share:.0f} %): ausgewogen</translation>
    </message>
    <message>
        <source>{estimate} (a learning set: their values are not compared)</source>
        <translation>{estimate} (ein Lern-Set: die Werte der Gegenseite werden nicht verglichen)</translation>
    </message>
    <message>
        <source>There is no set of {count} equally good packages at {level:.1f} points; the nearest level that has one is {alt:.1f}.</source>
        <translation>Es gibt kein Set aus {count} gleich guten Paketen bei {level:.1f} Punkten; das nächste Niveau mit einem Set ist {alt:.1f}.</translation>
    </message>
    <message>
        <source>There is no set of {count} equally good packages at {level:.1f} points, nor at any level within 30 points.</source>
        <translation>Es gibt kein Set aus {count} gleich guten Paketen bei {level:.1f} Punkten und auch auf keinem Niveau im Umkreis von 30 Punkten.</translation>
    </message>
    <message>
        <source>the counterpart estimate was made for other issues ({issues}); estimate again for this plan</source>
        <extracomment>score a robust generation takes off per point of a set&apos;s worst spread over the weight region</extracomment>
        <translation>die Schätzung der Gegenseite wurde für andere Verhandlungspunkte erstellt ({issues}); schätzen Sie für diesen Plan neu</translation>
    </message>
    <message>
        <source>{option} {text}: expected numbers separated by commas</source>
        <translation>{option} {text}: erwartet werden durch Kommas getrennte Zahlen</translation>
    </message>
    <message>
        <source>no uncertain events (add one with --add NAME --unit U --ours LOW LIKELY HIGH -o OUT.meso)</source>
        <translation>keine unsicheren Ereignisse (fügen Sie eines hinzu mit --add NAME --unit U --ours LOW LIKELY HIGH -o OUT.meso)</translation>
    </message>
    <message>
        <source>1 event (INTERNAL: our forecast is for our side only)</source>
        <translation>1 Ereignis (INTERN: unsere Prognose ist nur für unsere Seite)</translation>
    </message>
    <message>
        <source>{count} events (INTERNAL: our forecast is for our side only)</source>
        <translation>{count} Ereignisse (INTERN: unsere Prognose ist nur für unsere Seite)</translation>
    </message>
    <message>
        <source>states: {states}</source>
        <translation>Zustände: {states}</translation>
    </message>
    <message>
        <source>per {period}</source>
        <translation>pro {period}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <comment>the range of an event</comment>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <source>ours:   {forecast}</source>
        <translation>unsere: {forecast}</translation>
    </message>
    <message>
        <source>theirs: {forecast}</source>
        <translation>ihre:   {forecast}</translation>
    </message>
    <message>
        <source>outcome: {value} (recorded {date})</source>
        <translation>Ergebnis: {value} (erfasst am {date})</translation>
    </message>
    <message>
        <source>outcome: {value}</source>
        <translation>Ergebnis: {value}</translation>
    </message>
    <message>
        <source>may change: {issues}</source>
        <translation>kann ändern: {issues}</translation>
    </message>
    <message>
        <source>may change: any term</source>
        <translation>kann ändern: jede Bedingung</translation>
    </message>
    <message>
        <source>clauses: {clauses}</source>
        <translation>Klauseln: {clauses}</translation>
    </message>
    <message>
        <source>clauses: none</source>
        <translation>Klauseln: keine</translation>
    </message>
    <message>
        <source>an event with states needs --{which}-chances (one per state)</source>
        <translation>ein Ereignis mit Zuständen braucht --{which}-chances (eine Wahrscheinlichkeit je Zustand)</translation>
    </message>
    <message>
        <source>--{which}-chances: {chances} chances for {states} states</source>
        <translation>--{which}-chances: eine Wahrscheinlichkeit je Zustand nötig (Wahrscheinlichkeiten: {chances}, Zustände: {states})</translation>
    </message>
    <message>
        <source>a numeric event needs --{which} LOW LIKELY HIGH (the 10 %, 50 % and 90 % points)</source>
        <translation>ein Zahlenereignis braucht --{which} LOW LIKELY HIGH (die 10-%-, 50-%- und 90-%-Punkte)</translation>
    </message>
    <message>
        <source>--add needs our forecast: --ours LOW LIKELY HIGH, or --states with --ours-chances</source>
        <translation>--add braucht unsere Prognose: --ours LOW LIKELY HIGH oder --states mit --ours-chances</translation>
    </message>
    <message>
        <source>--add {name}: {problem}</source>
        <translation>--add {name}: {problem}</translation>
    </message>
    <message>
        <source>--date {date}: expected a date as YYYY-MM-DD</source>
        <translation>--date {date}: erwartet wird ein Datum als JJJJ-MM-TT (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the uncertain events (both forecasts, how measured); add one, record an outcome</source>
        <extracomment>the commands&apos; one-line help (marked for the catalogue; translated where shown)</extracomment>
        <translation>die unsicheren Ereignisse (beide Prognosen, wie gemessen); eines hinzufügen, ein Ergebnis erfassen</translation>
    </message>
    <message>
        <source>a package&apos;s contingent terms: our expected points and spread, the bet, warnings</source>
        <translation>die bedingten Vereinbarungen eines Pakets: unsere erwarteten Punkte und ihre Streuung, die Wette, Warnungen</translation>
    </message>
    <message>
        <source>one edit at a time: --add, --remove or --outcome</source>
        <translation>eine Änderung nach der anderen: --add, --remove oder --outcome</translation>
    </message>
    <message>
        <source>an edit needs -o OUT.meso (-o PLAN --force edits the plan in place, keeping PLAN.bak)</source>
        <translation>eine Änderung braucht -o OUT.meso (-o PLAN --force ändert den Plan selbst und behält PLAN.bak)</translation>
    </message>
    <message>
        <source>{message} Saved {path}</source>
        <translation>{message} Gespeichert: {path}</translation>
    </message>
    <message>
        <source>{option} goes with --add</source>
        <extracomment>the options that describe a new event (``dest``, as typed): dropped without a word before</extracomment>
        <translation>{option} gehört zu --add</translation>
    </message>
    <message>
        <source>{option} goes with --outcome</source>
        <translation>{option} gehört zu --outcome</translation>
    </message>
    <message>
        <source>-o goes with --add, --remove or --outcome</source>
        <translation>-o gehört zu --add, --remove oder --outcome</translation>
    </message>
    <message>
        <source>List the plan&apos;s uncertain events with our forecast and theirs (INTERNAL), how each is measured and which packages&apos; clauses use it; or change one event and save the plan.</source>
        <translation>Die unsicheren Ereignisse des Plans mit unserer und ihrer Prognose auflisten (INTERN), wie jedes gemessen wird und welche Klauseln welcher Pakete es verwenden; oder ein Ereignis ändern und den Plan speichern.</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>edits (each needs -o OUT.meso)</source>
        <translation>Änderungen (jede braucht -o OUT.meso)</translation>
    </message>
    <message>
        <source>add an event</source>
        <translation>ein Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>its unit (%%, index points, units …)</source>
        <translation>seine Einheit (%%, Indexpunkte, Stück …)</translation>
    </message>
    <message>
        <source>our forecast: the 10 %%, 50 %% and 90 %% points</source>
        <translation>unsere Prognose: die 10-%%-, 50-%%- und 90-%%-Punkte</translation>
    </message>
    <message>
        <source>their forecast (what they claim, or what we infer)</source>
        <translation>ihre Prognose (was sie angeben oder was wir daraus schließen)</translation>
    </message>
    <message>
        <source>where our forecast comes from</source>
        <translation>woher unsere Prognose stammt</translation>
    </message>
    <message>
        <source>where their forecast comes from</source>
        <translation>woher ihre Prognose stammt</translation>
    </message>
    <message>
        <source>named states instead of a number (&quot;on time,late&quot;)</source>
        <translation>benannte Zustände statt einer Zahl (&quot;pünktlich,verspätet&quot;)</translation>
    </message>
    <message>
        <source>our chance of each state</source>
        <translation>unsere Wahrscheinlichkeit jedes Zustands</translation>
    </message>
    <message>
        <source>their chance of each state</source>
        <translation>ihre Wahrscheinlichkeit jedes Zustands</translation>
    </message>
    <message>
        <source>how it is measured, and by whom</source>
        <translation>wie es gemessen wird und von wem</translation>
    </message>
    <message>
        <source>only we can see the measurement (a clause on it pays only if they are wrong in a way they cannot check: warned)</source>
        <translation>nur wir sehen die Messung (eine Klausel darauf zahlt sich nur aus, wenn die Gegenseite sich auf eine Weise irrt, die sie nicht prüfen kann: mit Warnung)</translation>
    </message>
    <message>
        <source>the terms a clause on it may change (the suggestions keep to them; default: any)</source>
        <translation>die Bedingungen, die eine Klausel darauf ändern darf (die Vorschläge halten sich daran; Standard: alle)</translation>
    </message>
    <message>
        <source>the period it is measured over (quarter, year)</source>
        <translation>der Zeitraum, über den gemessen wird (Quartal, Jahr)</translation>
    </message>
    <message>
        <source>the lowest possible value (a rate: 0)</source>
        <translation>der kleinstmögliche Wert (eine Quote: 0)</translation>
    </message>
    <message>
        <source>the highest possible value (a rate in %%: 100)</source>
        <translation>der größtmögliche Wert (eine Quote in %%: 100)</translation>
    </message>
    <message>
        <source>remove an event and the clauses that use it</source>
        <translation>ein Ereignis und die Klauseln, die es verwenden, entfernen</translation>
    </message>
    <message>
        <source>record what happened (a number or a state; &quot;&quot; clears it)</source>
        <translation>erfassen, was eingetreten ist (eine Zahl oder ein Zustand; &quot;&quot; löscht es)</translation>
    </message>
    <message>
        <source>with --outcome: when (default today)</source>
        <translation>mit --outcome: wann (Standard: heute)</translation>
    </message>
    <message>
        <source>save the edited plan here</source>
        <translation>den geänderten Plan hier speichern</translation>
    </message>
    <message>
        <source>overwrite OUT if it exists</source>
        <translation>OUT überschreiben, falls vorhanden</translation>
    </message>
    <message>
        <source>estimate</source>
        <comment>the counterpart estimate</comment>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>against {package}: {ours_gain} points for us (it has {ours:.1f}); {their_gain} of their points by their forecast, {their_gain_if_ours_right} if ours is right</source>
        <translation>gegenüber {package}: {ours_gain} Punkte für uns (es hat {ours:.1f}); {their_gain} ihrer Punkte nach ihrer Prognose, {their_gain_if_ours_right}, wenn unsere stimmt</translation>
    </message>
    <message>
        <source>{package}: {expected:.1f} points expected by our forecast (10–90 %: {low:.1f}–{high:.1f}; median {median:.1f}) — INTERNAL</source>
        <translation>{package}: {expected:.1f} Punkte erwartet nach unserer Prognose (10–90 %: {low:.1f}–{high:.1f}; Median {median:.1f}) — INTERN</translation>
    </message>
    <message>
        <source>total cost: {expected} expected (10–90 %: {low}–{high})</source>
        <translation>Gesamtkosten: {expected} erwartet (10–90 %: {low}–{high})</translation>
    </message>
    <message>
        <source>their points ({estimate}, their forecast): {points:.1f}</source>
        <translation>Punkte der Gegenseite ({estimate}, ihre Prognose): {points:.1f}</translation>
    </message>
    <message>
        <source>every term is fixed (no contingent clause); --suggest proposes some</source>
        <translation>jede Bedingung ist fest (keine bedingte Klausel); --suggest schlägt welche vor</translation>
    </message>
    <message>
        <source>{issue} {term}, contingent on {event}</source>
        <translation>{issue} {term}, abhängig von {event}</translation>
    </message>
    <message>
        <source>card: {sentence}</source>
        <translation>Karte: {sentence}</translation>
    </message>
    <message>
        <source>the bet: {sentence}</source>
        <translation>die Wette: {sentence}</translation>
    </message>
    <message>
        <source>{package}: no contingent clause found that is worth the same to us and more to them (their forecast must differ from ours on an event of the plan)</source>
        <translation>{package}: keine bedingte Klausel gefunden, die uns gleich viel und der Gegenseite mehr wert ist (ihre Prognose muss bei einem Ereignis des Plans von unserer abweichen)</translation>
    </message>
    <message>
        <source>{package} ({points:.1f} points): contingent versions worth the same to us, best bet first — INTERNAL</source>
        <translation>{package} ({points:.1f} Punkte): bedingte Fassungen, die uns gleich viel wert sind, beste Wette zuerst — INTERN</translation>
    </message>
    <message>
        <source>{issue} {old} → {new}</source>
        <comment>a term moved</comment>
        <translation>{issue} {old} → {new}</translation>
    </message>
    <message>
        <source>no base term moves</source>
        <translation>keine Grundbedingung ändert sich</translation>
    </message>
    <message>
        <source>{number}. {issue} on {event} ({moved}; {points:.1f} points expected)</source>
        <translation>{number}. {issue} abhängig von {event} ({moved}; {points:.1f} Punkte erwartet)</translation>
    </message>
    <message>
        <source>no package called {name} (the plan has: {names})</source>
        <translation>kein Paket namens {name} (der Plan hat: {names})</translation>
    </message>
    <message>
        <source>no package called {name} (the plan has: none)</source>
        <translation>kein Paket namens {name} (der Plan hat keine)</translation>
    </message>
    <message>
        <source>--limit {limit}: at least 1</source>
        <translation>--limit {limit}: mindestens 1</translation>
    </message>
    <message>
        <source>--against: no package called {name}</source>
        <translation>--against: kein Paket namens {name}</translation>
    </message>
    <message>
        <source>What a package&apos;s contingent terms are worth (INTERNAL: our points): per clause the card&apos;s sentence, our expected points with their 10–90 % spread under our forecast, the bet on the difference of forecasts (what the clause gains each side) and warnings; --suggest proposes contingent versions of the package worth the same to us and more to them.</source>
        <translation>Was die bedingten Vereinbarungen eines Pakets wert sind (INTERN: unsere Punkte): je Klausel der Satz der Karte, unsere erwarteten Punkte mit ihrer 10–90-%-Streuung unter unserer Prognose, die Wette auf den Unterschied der Prognosen (was die Klausel jeder Seite bringt) und Warnungen; --suggest schlägt bedingte Fassungen des Pakets vor, die uns gleich viel und der Gegenseite mehr wert sind.</translation>
    </message>
    <message>
        <source>the name of one of the plan&apos;s packages</source>
        <translation>der Name eines der Pakete des Plans</translation>
    </message>
    <message>
        <source>suggest clauses for the package</source>
        <translation>Klauseln für das Paket vorschlagen</translation>
    </message>
    <message>
        <source>also compare with this package (the fixed one it was made equal to): our points, and theirs by their forecast and by ours</source>
        <translation>auch mit diesem Paket vergleichen (dem festen, dem es gleichwertig gemacht wurde): unsere Punkte und die der Gegenseite nach ihrer und nach unserer Prognose</translation>
    </message>
    <message>
        <source>with --suggest: at most this many (default 3)</source>
        <translation>mit --suggest: höchstens so viele (Standard 3)</translation>
    </message>
    <message>
        <source>custom</source>
        <comment>a custom counterpart estimate</comment>
        <translation>eigene Schätzung</translation>
    </message>
    <message>
        <source>The plan is too large to search whole within the memory and time bounds, so the search was approximate: {notes}.</source>
        <translation>Der Plan ist zu groß, um ihn innerhalb der Speicher- und Zeitgrenzen vollständig zu durchsuchen; die Suche war daher näherungsweise: {notes}.</translation>
    </message>
    <message>
        <source>The plan is too large to search whole within the memory and time bounds, so the search was approximate: it used {fewest}–{most} terms of each of {issues} issues ({note}, …).</source>
        <translation>Der Plan ist zu groß, um ihn innerhalb der Speicher- und Zeitgrenzen vollständig zu durchsuchen; die Suche war daher näherungsweise: sie verwendete {fewest}–{most} Bedingungen von jedem der {issues} Verhandlungspunkte ({note}, …).</translation>
    </message>
    <message>
        <source>the number of packages must be a whole number, not {count}</source>
        <translation>die Anzahl der Pakete muss eine ganze Zahl sein, nicht {count}</translation>
    </message>
    <message>
        <source>a MESO set has {fewest} to {most} packages, not {count}</source>
        <translation>ein MESO-Set hat {fewest} bis {most} Pakete, nicht {count}</translation>
    </message>
    <message>
        <source>{count} packages at once tend to overload the other side; research recommends {recommended} at most</source>
        <translation>{count} Pakete auf einmal überfordern die Gegenseite leicht; die Forschung empfiehlt höchstens {recommended}</translation>
    </message>
    <message>
        <source>a MESO set needs at least two issues to trade between; this plan has {issues}</source>
        <translation>ein MESO-Set braucht mindestens zwei Verhandlungspunkte zum Abwägen; dieser Plan hat {issues}</translation>
    </message>
    <message>
        <source>{count} packages must each concede on a different issue, but the plan has only {issues} issues</source>
        <translation>{count} Pakete müssen jeweils bei einem anderen Verhandlungspunkt nachgeben, aber der Plan hat nur {issues} Verhandlungspunkte</translation>
    </message>
    <message>
        <source>{count} packages must each concede on a different issue, but only {movable} issue(s) have more than one acceptable term ({issues})</source>
        <translation>{count} Pakete müssen jeweils bei einem anderen Verhandlungspunkt nachgeben, aber nur {movable} Verhandlungspunkt(e) haben mehr als eine akzeptable Bedingung ({issues})</translation>
    </message>
    <message>
        <source>{count} packages must each concede on a different issue, but only {movable} issue(s) have more than one acceptable term</source>
        <translation>{count} Pakete müssen jeweils bei einem anderen Verhandlungspunkt nachgeben, aber nur {movable} Verhandlungspunkt(e) haben mehr als eine akzeptable Bedingung</translation>
    </message>
    <message>
        <source>the level must be between 0 and 100 points, not {level:g}</source>
        <translation>das Niveau muss zwischen 0 und 100 Punkten liegen, nicht {level:g}</translation>
    </message>
    <message>
        <source>level {level:.1f} is below the reservation value {reservation:.1f}: no package below the reservation may be offered</source>
        <translation>das Niveau {level:.1f} liegt unter dem Reservationswert {reservation:.1f}: kein Paket unter dem Reservationswert darf angeboten werden</translation>
    </message>
    <message>
        <source>{reason} (searched approximately: the plan is too large to search whole)</source>
        <extracomment>``score(sets, issue, margin, diversity)`` of sets of shortlist indices (higher is better). the level asked for (``level`` unless that was below :func:`~.status.lowest_offer`) True when the plan was too large to search whole within the resource bounds what was approximated, one plain sentence (&quot;&quot; when nothing was)</extracomment>
        <translation>{reason} (näherungsweise gesucht: der Plan ist zu groß, um ihn vollständig zu durchsuchen)</translation>
    </message>
    <message>
        <source>level {requested:g} is below your reservation value {reservation:.1f}: the set is made at {level:.1f} instead, the least a package may be worth to be offered</source>
        <translation>das Niveau {requested:g} liegt unter Ihrem Reservationswert {reservation:.1f}: das Set wird stattdessen bei {level:.1f} gebildet, dem Mindestwert eines Pakets, das angeboten werden darf</translation>
    </message>
    <message>
        <source>level {requested:g} is within {tolerance:g} point of your reservation value {reservation:.1f}: the set is made at {level:.1f} instead, the least a package may be worth to be offered</source>
        <translation>das Niveau {requested:g} liegt weniger als {tolerance:g} Punkt über Ihrem Reservationswert {reservation:.1f}: das Set wird stattdessen bei {level:.1f} gebildet, dem Mindestwert eines Pakets, das angeboten werden darf</translation>
    </message>
    <message>
        <source>No acceptable package is worth {level:.1f} points (the best is worth {best:.1f}); the nearest level with a set of {count} is {alt:.1f}.</source>
        <translation>Kein akzeptables Paket ist {level:.1f} Punkte wert (das beste ist {best:.1f} wert); das nächste Niveau mit einem Set aus {count} ist {alt:.1f}.</translation>
    </message>
    <message>
        <source>No acceptable package is worth {level:.1f} points (the best is worth {best:.1f}).</source>
        <translation>Kein akzeptables Paket ist {level:.1f} Punkte wert (das beste ist {best:.1f} wert).</translation>
    </message>
    <message>
        <source>level {level:.1f} is out of reach: the best acceptable package is worth {best:.1f} points (reachable: {low:.1f}–{best:.1f})</source>
        <translation>das Niveau {level:.1f} ist nicht erreichbar: das beste akzeptable Paket ist {best:.1f} Punkte wert (erreichbar: {low:.1f}–{best:.1f})</translation>
    </message>
    <message>
        <source>the nearest level with a set of {count} is about {alt:.1f}</source>
        <translation>das nächste Niveau mit einem Set aus {count} liegt bei etwa {alt:.1f}</translation>
    </message>
    <message>
        <source>no level within 30 points has a set of {count}</source>
        <translation>kein Niveau im Umkreis von 30 Punkten hat ein Set aus {count}</translation>
    </message>
    <message>
        <source>no acceptable package is worth {level:.1f} ± {tolerance:g} points; the nearest reachable levels are {levels} (reachable: {low:.1f}–{high:.1f}); {hint}</source>
        <translation>kein akzeptables Paket ist {level:.1f} ± {tolerance:g} Punkte wert; die nächsten erreichbaren Niveaus sind {levels} (erreichbar: {low:.1f}–{high:.1f}); {hint}</translation>
    </message>
    <message>
        <source>no acceptable package is worth {level:.1f} ± {tolerance:g} points; the nearest reachable levels are none (reachable: {low:.1f}–{high:.1f}); {hint}</source>
        <translation>kein akzeptables Paket ist {level:.1f} ± {tolerance:g} Punkte wert; es gibt keine erreichbaren Niveaus in der Nähe (erreichbar: {low:.1f}–{high:.1f}); {hint}</translation>
    </message>
    <message>
        <source>only 1 acceptable package is worth {level:.1f} ± {tolerance:g} points, too few for a set of {count}; {hint}</source>
        <translation>nur 1 akzeptables Paket ist {level:.1f} ± {tolerance:g} Punkte wert, zu wenige für ein Set aus {count}; {hint}</translation>
    </message>
    <message>
        <source>only {k} acceptable packages are worth {level:.1f} ± {tolerance:g} points, too few for a set of {count}; {hint}</source>
        <translation>nur {k} akzeptable Pakete sind {level:.1f} ± {tolerance:g} Punkte wert, zu wenige für ein Set aus {count}; {hint}</translation>
    </message>
    <message>
        <source>among the {k} acceptable packages worth {level:.1f} ± {tolerance:g} points, no {count} differ in at least {differ} of {n} terms while each concedes on a different issue; {hint}</source>
        <translation>unter den {k} akzeptablen Paketen im Wert von {level:.1f} ± {tolerance:g} Punkten unterscheiden sich keine {count} in mindestens {differ} von {n} Bedingungen, während jedes bei einem anderen Verhandlungspunkt nachgibt; {hint}</translation>
    </message>
    <message>
        <source>no issue called {name}</source>
        <extracomment>At most this many subsets of three or more terms are tried before falling back. issues whose term stopped at its hard limit (``stop_at_limits``) instead of crossing it other issues whose hard limit kept the value from holding (&quot;Delivery (10 weeks)&quot;) the reservation value kept the result above the target: a package nearer the target (within the tolerance, when held) exists, but it is worth less than the reservation
----------
Default number of levels a fine numeric issue is coarsened to for a search. &quot;Nice&quot; strides (in steps) tried when coarsening, times powers of ten. per issue: True when :func:`thin_grid` kept only some of its terms to stay in bounds what thinning approximated, one short phrase per thinned issue (&quot;searched 12 of 30 options of Colour&quot;)</extracomment>
        <translation>kein Verhandlungspunkt namens {name}</translation>
    </message>
    <message>
        <source>{name} stops at its hard limit {term}</source>
        <translation>{name} stoppt an der harten Grenze {term}</translation>
    </message>
    <message>
        <source>{name} stays at {term}: further is beyond its hard limit</source>
        <translation>{name} bleibt bei {term}: weiter liegt jenseits der harten Grenze</translation>
    </message>
    <message>
        <source>{name} stays {option}: the option you chose is never acceptable</source>
        <translation>{name} bleibt {option}: die gewählte Option ist nie akzeptabel</translation>
    </message>
    <message>
        <source>{issue} at {term}</source>
        <translation>{issue} bei {term}</translation>
    </message>
    <message>
        <source>{issue} at {term} and the locked terms</source>
        <translation>{issue} bei {term} samt gesperrten Bedingungen</translation>
    </message>
    <message>
        <source>{issue} at {term} and {locked} locked</source>
        <translation>{issue} bei {term} und {locked} (gesperrt)</translation>
    </message>
    <message>
        <source>held within {tolerance:g} point: the steps allow no closer to {target:.1f}</source>
        <translation>auf {tolerance:g} Punkt genau gehalten: die Schritte erlauben nicht näher an {target:.1f}</translation>
    </message>
    <message>
        <source>: lower would be below your reservation value {reservation:.1f}</source>
        <translation>: niedriger läge unter Ihrem Reservationswert {reservation:.1f}</translation>
    </message>
    <message>
        <source>: lower would be worth only your reservation value {reservation:.1f} (offers start at {lowest:.1f})</source>
        <translation>: niedriger wäre nur noch Ihren Reservationswert {reservation:.1f} wert (Angebote ab {lowest:.1f})</translation>
    </message>
    <message>
        <source>held at {achieved:.1f} points instead of {target:.1f}{why}</source>
        <translation>bei {achieved:.1f} statt {target:.1f} Punkten gehalten{why}</translation>
    </message>
    <message>
        <source> (every other term is locked)</source>
        <translation> (alle anderen Bedingungen sind gesperrt)</translation>
    </message>
    <message>
        <source>: {issue} stops at its hard limit</source>
        <translation>: {issue} steht an der harten Grenze</translation>
    </message>
    <message>
        <source>: {issues} stop at their hard limits</source>
        <translation>: {issues} stehen an ihren harten Grenzen</translation>
    </message>
    <message>
        <source>: the steps and options of the unlocked terms allow nothing closer</source>
        <translation>: die Schritte und Optionen der nicht gesperrten Bedingungen lassen nichts Näheres zu</translation>
    </message>
    <message>
        <source>: the steps and options of the other terms allow nothing closer</source>
        <translation>: die Schritte und Optionen der übrigen Bedingungen lassen nichts Näheres zu</translation>
    </message>
    <message>
        <source>: the unlocked terms are already at their worst for us</source>
        <translation>: die nicht gesperrten Bedingungen sind für uns schon am ungünstigsten</translation>
    </message>
    <message>
        <source>: the unlocked terms are already at their best for us</source>
        <translation>: die nicht gesperrten Bedingungen sind für uns schon am günstigsten</translation>
    </message>
    <message>
        <source>: the other terms are already at their worst for us</source>
        <translation>: die übrigen Bedingungen sind für uns schon am ungünstigsten</translation>
    </message>
    <message>
        <source>: the other terms are already at their best for us</source>
        <translation>: die übrigen Bedingungen sind für uns schon am günstigsten</translation>
    </message>
    <message>
        <source>cannot hold {target:.1f} points with {what}{why}; the closest package is worth {achieved:.1f} ({gap:.1f} points short)</source>
        <translation>{target:.1f} Punkte lassen sich mit {what} nicht halten{why}; das nächstliegende Paket ist {achieved:.1f} wert ({gap:.1f} Punkte zu wenig)</translation>
    </message>
    <message>
        <source>cannot hold {target:.1f} points with {what}{why}; the closest package is worth {achieved:.1f} ({gap:.1f} points over)</source>
        <translation>{target:.1f} Punkte lassen sich mit {what} nicht halten{why}; das nächstliegende Paket ist {achieved:.1f} wert ({gap:.1f} Punkte zu viel)</translation>
    </message>
    <message>
        <source>breaks a limit because of your own terms: {problems}</source>
        <translation>verletzt eine Grenze wegen Ihrer eigenen Bedingungen: {problems}</translation>
    </message>
    <message>
        <source>{gap:.1f} points below the reservation value {reservation:.1f}, forced by {what}</source>
        <translation>{gap:.1f} Punkte unter dem Reservationswert {reservation:.1f}, erzwungen durch {what}</translation>
    </message>
    <message>
        <source>below the reservation value {reservation:.1f}, as the package was before</source>
        <translation>unter dem Reservationswert {reservation:.1f}, wie das Paket schon vorher</translation>
    </message>
    <message>
        <source>strategic supplier</source>
        <extracomment>The relationship weight used when the plan sets none. The supplier a relationship weight describes, in words (translated where shown).</extracomment>
        <translation>strategischer Lieferant</translation>
    </message>
    <message>
        <source>preferred supplier</source>
        <translation>bevorzugter Lieferant</translation>
    </message>
    <message>
        <source>transactional supplier</source>
        <translation>transaktionaler Lieferant</translation>
    </message>
    <message>
        <source>{points:.1f} points · relationship {effect:+.1f}</source>
        <extracomment>A goodwill move shifts a numeric term by this share of its range (rounded to its step).</extracomment>
        <translation>{points:.1f} Punkte · Beziehung {effect:+.1f}</translation>
    </message>
    <message>
        <source>Relationship effect {effect:+.1f}: the goodwill of this package&apos;s concessions on {issues}, × {factor:g} ({supplier}). Economic points and relationship are two numbers: a gift is a choice.</source>
        <translation>Beziehungseffekt {effect:+.1f}: das Wohlwollen aus den Zugeständnissen dieses Pakets bei {issues}, × {factor:g} ({supplier}). Wirtschaftliche Punkte und Beziehung sind zwei Zahlen: ein Geschenk ist eine bewusste Entscheidung.</translation>
    </message>
    <message>
        <source>relationship {effect:+.1f}</source>
        <translation>Beziehung {effect:+.1f}</translation>
    </message>
    <message>
        <source>{issue} {new} instead of {old} costs us {price:.1f} points and signals {signal} (relationship {gain:+.1f})</source>
        <translation>{issue} {new} statt {old} kostet uns {price:.1f} Punkte und signalisiert {signal} (Beziehung {gain:+.1f})</translation>
    </message>
    <message>
        <source>{issue} {new} instead of {old} costs us {price:.1f} points (relationship {gain:+.1f})</source>
        <translation>{issue} {new} statt {old} kostet uns {price:.1f} Punkte (Beziehung {gain:+.1f})</translation>
    </message>
    <message>
        <source>no packages to add a relationship option to</source>
        <translation>keine Pakete, denen eine Beziehungsoption hinzugefügt werden kann</translation>
    </message>
    <message>
        <source>no issue has a goodwill effect (set one first)</source>
        <translation>kein Verhandlungspunkt hat einen Wohlwollenseffekt (legen Sie zuerst einen fest)</translation>
    </message>
    <message>
        <source>no acceptable package is worth {level:.1f} points</source>
        <translation>kein akzeptables Paket ist {level:.1f} Punkte wert</translation>
    </message>
    <message>
        <source>no package of equal value builds more goodwill than the set already does</source>
        <translation>kein gleichwertiges Paket schafft mehr Wohlwollen als das Set bereits</translation>
    </message>
    <message>
        <source>option {number}</source>
        <translation>Option {number}</translation>
    </message>
    <message>
        <source>{name} (relationship)</source>
        <translation>{name} (Beziehung)</translation>
    </message>
    <message>
        <source>{name} replaced by a package of equal value ({points:.1f} points) with relationship {gain:+.1f} instead of {effect:+.1f}</source>
        <translation>{name} ersetzt durch ein gleichwertiges Paket ({points:.1f} Punkte) mit Beziehung {gain:+.1f} statt {effect:+.1f}</translation>
    </message>
    <message>
        <source>Stays within {worst:.1f} points {where}.</source>
        <extracomment>a set whose values stay within this many points of each other over the region stays equal the band the robustness is stated for when the plan has no region of its own</extracomment>
        <translation>Bleibt innerhalb von {worst:.1f} Punkten, {where}.</translation>
    </message>
    <message>
        <source>Stays within {worst:.2f} points {where} — it would stop being equal (more than {equal:g} points apart).</source>
        <translation>Bleibt innerhalb von {worst:.2f} Punkten, {where} – es wäre nicht mehr gleichwertig (mehr als {equal:g} Punkte auseinander).</translation>
    </message>
    <message>
        <source>Stays within {worst:.1f} points {where} — it would stop being equal (more than {equal:g} points apart).</source>
        <translation>Bleibt innerhalb von {worst:.1f} Punkten, {where} – es wäre nicht mehr gleichwertig (mehr als {equal:g} Punkte auseinander).</translation>
    </message>
    <message>
        <source>over the ranges from your {source}</source>
        <translation>für die Bereiche aus Ihren {source}</translation>
    </message>
    <message>
        <source>if any weight moves by up to {band:g} points</source>
        <translation>wenn sich ein Gewicht um bis zu {band:g} Punkte bewegt</translation>
    </message>
    <message>
        <source>if any weight moves by up to {band}</source>
        <translation>wenn sich ein Gewicht um bis zu {band} bewegt</translation>
    </message>
    <message>
        <source>over the weights your answers to 1 question allow</source>
        <translation>für alle Gewichte, die Ihre Antwort auf 1 Frage zulässt</translation>
    </message>
    <message>
        <source>over the weights your answers to {count} questions allow</source>
        <translation>für alle Gewichte, die Ihre Antworten auf {count} Fragen zulassen</translation>
    </message>
    <message>
        <source>over the weights your {region} allow</source>
        <translation>für alle Gewichte, die {region} zulässt</translation>
    </message>
    <message>
        <source>would reach the target {level:.1f} if the weight of {issue} rises above {at:.1f} % (now {now:.1f} %)</source>
        <extracomment>how far (fraction) the weight must move for the nearest crossing (1.0: none) how far (fraction) the weight must move for each of ``crossings``, in the same order</extracomment>
        <translation>würde das Ziel {level:.1f} erreichen, wenn das Gewicht von {issue} über {at:.1f} % steigt (jetzt {now:.1f} %)</translation>
    </message>
    <message>
        <source>would reach the target {level:.1f} if the weight of {issue} falls below {at:.1f} % (now {now:.1f} %)</source>
        <translation>würde das Ziel {level:.1f} erreichen, wenn das Gewicht von {issue} unter {at:.1f} % fällt (jetzt {now:.1f} %)</translation>
    </message>
    <message>
        <source>would fall short of the target {level:.1f} if the weight of {issue} rises above {at:.1f} % (now {now:.1f} %)</source>
        <translation>würde das Ziel {level:.1f} verfehlen, wenn das Gewicht von {issue} über {at:.1f} % steigt (jetzt {now:.1f} %)</translation>
    </message>
    <message>
        <source>would fall short of the target {level:.1f} if the weight of {issue} falls below {at:.1f} % (now {now:.1f} %)</source>
        <translation>würde das Ziel {level:.1f} verfehlen, wenn das Gewicht von {issue} unter {at:.1f} % fällt (jetzt {now:.1f} %)</translation>
    </message>
    <message>
        <source>would rise above the reservation {level:.1f} if the weight of {issue} rises above {at:.1f} % (now {now:.1f} %)</source>
        <translation>würde über den Reservationswert {level:.1f} steigen, wenn das Gewicht von {issue} über {at:.1f} % steigt (jetzt {now:.1f} %)</translation>
    </message>
    <message>
        <source>would rise above the reservation {level:.1f} if the weight of {issue} falls below {at:.1f} % (now {now:.1f} %)</source>
        <translation>würde über den Reservationswert {level:.1f} steigen, wenn das Gewicht von {issue} unter {at:.1f} % fällt (jetzt {now:.1f} %)</translation>
    </message>
    <message>
        <source>would fall below the reservation {level:.1f} if the weight of {issue} rises above {at:.1f} % (now {now:.1f} %)</source>
        <translation>würde unter den Reservationswert {level:.1f} fallen, wenn das Gewicht von {issue} über {at:.1f} % steigt (jetzt {now:.1f} %)</translation>
    </message>
    <message>
        <source>would fall below the reservation {level:.1f} if the weight of {issue} falls below {at:.1f} % (now {now:.1f} %)</source>
        <translation>würde unter den Reservationswert {level:.1f} fallen, wenn das Gewicht von {issue} unter {at:.1f} % fällt (jetzt {now:.1f} %)</translation>
    </message>
    <message>
        <source>on target {target:.1f}</source>
        <extracomment>Points within which a package counts as *at* its target level (the MESO engine&apos;s tolerance). Below the reservation by less than this is rounding, not a breach. the card&apos;s one line (&quot;At the target level&quot;, &quot;2.3 short of the target (70.0)&quot;) a sentence for tooltips the problems alone (&quot;Unacceptable: …&quot;, &quot;Below reservation 39.0 by 2.1&quot;), empty when none</extracomment>
        <translation>am Ziel {target:.1f}</translation>
    </message>
    <message>
        <source>{gap:.1f} above target {target:.1f}</source>
        <translation>{gap:.1f} über dem Ziel {target:.1f}</translation>
    </message>
    <message>
        <source>{gap:.1f} below target {target:.1f}</source>
        <translation>{gap:.1f} unter dem Ziel {target:.1f}</translation>
    </message>
    <message>
        <source>Unacceptable: {problems}</source>
        <translation>Nicht akzeptabel: {problems}</translation>
    </message>
    <message>
        <source>Below reservation {reservation:.1f} by {gap:.1f}</source>
        <translation>Unter dem Reservationswert {reservation:.1f} um {gap:.1f}</translation>
    </message>
    <message>
        <source>{problems}; and {gap:.1f} points below your reservation value</source>
        <translation>{problems}; und {gap:.1f} Punkte unter Ihrem Reservationswert</translation>
    </message>
    <message>
        <source>Not acceptable: {issues} · below reservation</source>
        <translation>Nicht akzeptabel: {issues} · unter dem Reservationswert</translation>
    </message>
    <message>
        <source>Not acceptable: {issues}</source>
        <translation>Nicht akzeptabel: {issues}</translation>
    </message>
    <message>
        <source>Below reservation ({reservation:.1f}) by {gap:.1f}</source>
        <translation>Unter dem Reservationswert ({reservation:.1f}) um {gap:.1f}</translation>
    </message>
    <message>
        <source>{value:.1f} points is below your reservation value {reservation:.1f}: never offer it.</source>
        <translation>{value:.1f} Punkte liegen unter Ihrem Reservationswert {reservation:.1f}: nie anbieten.</translation>
    </message>
    <message>
        <source>At the target level</source>
        <translation>Auf dem Zielniveau</translation>
    </message>
    <message>
        <source>{gap:.1f} above the target</source>
        <translation>{gap:.1f} über dem Ziel</translation>
    </message>
    <message>
        <source>{value:.1f} points; target {target:.1f}</source>
        <translation>{value:.1f} Punkte; Ziel {target:.1f}</translation>
    </message>
    <message>
        <source>{gap:.1f} short of the target ({target:.1f})</source>
        <translation>{gap:.1f} unter dem Ziel ({target:.1f})</translation>
    </message>
    <message>
        <source>{value:.1f} points: acceptable, {gap:.1f} short of the target {target:.1f}</source>
        <translation>{value:.1f} Punkte: akzeptabel, {gap:.1f} unter dem Ziel {target:.1f}</translation>
    </message>
    <message>
        <source>{title} — lower is better</source>
        <extracomment>Most image cells along a numeric axis (its step grid when coarser). Samples along a numeric axis for tracing iso-value lines. the issue carries a contingent clause in this slice: its points are expected values under our forecast, read between line samples by interpolation</extracomment>
        <translation>{title} – niedriger ist besser</translation>
    </message>
    <message>
        <source>{title} — higher is better</source>
        <translation>{title} – höher ist besser</translation>
    </message>
    <message>
        <source>choose two different issues for the value map</source>
        <translation>wählen Sie zwei verschiedene Verhandlungspunkte für die Wertkarte</translation>
    </message>
    <message>
        <source>the value map of {x} × {y} would need {megabytes:.0f} MB ({columns} × {rows} cells); choose issues with fewer options</source>
        <translation>die Wertkarte von {x} × {y} bräuchte {megabytes:.0f} MB ({columns} × {rows} Zellen); wählen Sie Verhandlungspunkte mit weniger Optionen</translation>
    </message>
    <message>
        <source>{issue} {term} is beyond the hard limit {limit}</source>
        <translation>{issue} {term} liegt jenseits der harten Grenze {limit}</translation>
    </message>
    <message>
        <source>{issue} {option} is unacceptable</source>
        <translation>{issue} {option} ist nicht akzeptabel</translation>
    </message>
    <message>
        <source>leaves ≈ {points:.1f} of their points on the table</source>
        <extracomment>A package within this many of their points of the frontier counts as on it.</extracomment>
        <translation>lässt ≈ {points:.1f} Punkte der Gegenseite auf dem Tisch liegen</translation>
    </message>
    <message>
        <source>{name} leaves ≈ {points:.1f} of their points on the table (under the {estimate})</source>
        <translation>{name} lässt ≈ {points:.1f} Punkte der Gegenseite auf dem Tisch liegen (Grundlage: {estimate})</translation>
    </message>
    <message>
        <source>unknown issue {issue}</source>
        <extracomment>Rebalance the other terms when one moves (the default for MESO packages). Terms that rebalancing must not move. issue → a contingent clause on that issue&apos;s term (docs/contingent-terms.md); the term in ``terms`` is the one that applies when the clause does not bite</extracomment>
        <translation>unbekannter Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>no term for issue {issue}</source>
        <translation>keine Bedingung für den Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>{issue} {term} is unacceptable</source>
        <translation>{issue} {term} ist nicht akzeptabel</translation>
    </message>
    <message>
        <source>a stored package needs a name</source>
        <translation>ein gespeichertes Paket braucht einen Namen</translation>
    </message>
    <message>
        <source>a weight must be a number ≥ 0</source>
        <extracomment>2: ``direction``, ``acceptable``, ``weights`` and ``reservation`` are required in files (version 1 files are migrated on loading, see io/meso_file.py). The language the plan&apos;s cards and documents are printed in (&quot;en&quot; or &quot;de&quot;; files without it were written in English). The window&apos;s own language is a setting. The person who negotiates for the counterpart (printed on cards: &quot;For …&quot;). The date our offers are valid until (printed on cards: &quot;Valid until …&quot;). Who must approve the deal on our side (INTERNAL: the briefing and the debrief). Notes on the relationship with the counterpart (INTERNAL: the briefing and the debrief). The supplier&apos;s behind-the-table parties as we believe them (docs/behind-the-table.md). issue name → the goodwill of conceding on it; and how much the relationship counts. issue name → weight; fractions summing to 1 (normalised on validation); a number, never ``true``. Our hunch about the counterpart&apos;s priorities before evidence: issue → factor on its Dirichlet prior parameter (2 = &quot;I think this matters more to them&quot;; 1 = neutral). Our BATNA as a competing quote: a full package of terms, scored by our own model. The reservation value follows the competing quote&apos;s points (kept in sync on every edit; an aspiration below it rises to it). False: the reservation is set by hand. Our guess of their reservation value, in their points (0..100), entered by hand; ``None``: inferred from their reactions (&quot;none of these&quot;, an acceptance). Half-width (points) of the 80 % range around an entered ``their_reservation``. Post-settlement: propose a set only if the chance that one is better for them reaches this. The agreed package, once there is one. Free lessons for the debrief. Total cost in money: unit price × volume, freight, financing, price breaks (docs/total-cost.md). How unsure we are of our own weights: per issue the range a weight may be in (from the &quot;Ask me&quot; answers or a ± band); None: the weights are taken as exact (docs/weights-and-packages.md). Uncertain events both sides will measure, with our forecast and theirs; packages&apos; terms may depend on them through contingent clauses (docs/contingent-terms.md). The supplier worked on: its contacts, notes about it, and which packages are its quotes. The other suppliers of this sourcing plan (their per-supplier fields), in order, the one worked on sitting at ``supplier_index`` among them. Our BATNA against the supplier worked on follows the market: the best offer held from the other suppliers, or ``outside_option`` when it is better (``batna_package`` is kept in sync on every edit; the reservation follows it only with ``reservation_from_batna``). An alternative outside this plan&apos;s suppliers (a catalogue price, another quote), full terms. issue name → issue, built once per issues tuple (``issue()`` in constant time).</extracomment>
        <translation>ein Gewicht muss eine Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>{aspiration} is below the reservation value ({reservation})</source>
        <translation>{aspiration} liegt unter dem Reservationswert ({reservation})</translation>
    </message>
    <message>
        <source>two packages are called {name}</source>
        <translation>zwei Pakete heißen {name}</translation>
    </message>
    <message>
        <source>locks unknown issue {issue}</source>
        <translation>sperrt den unbekannten Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>refers to unknown package {package}</source>
        <translation>verweist auf das unbekannte Paket {package}</translation>
    </message>
    <message>
        <source>names unknown issue {issue}</source>
        <translation>nennt den unbekannten Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>must be a number above zero</source>
        <translation>muss eine Zahl über null sein</translation>
    </message>
    <message>
        <source>two events are called {name}</source>
        <translation>zwei Ereignisse heißen {name}</translation>
    </message>
    <message>
        <source>no supplier called {name}</source>
        <extracomment>the volume split (units; None without a cost model) shares at which a supplier&apos;s volume lies outside the volume issue&apos;s range (priced as shipped)</extracomment>
        <translation>kein Lieferant namens {name}</translation>
    </message>
    <message>
        <source>outside option</source>
        <extracomment>The ``supplier`` of a :class:`HeldOffer` that is the plan&apos;s outside option. The ``supplier`` of a :class:`HeldOffer` that is the plan&apos;s own competing quote. what kind of offer: &quot;quote&quot;, &quot;accepted&quot;, &quot;counter-offer&quot;, &quot;agreement&quot; (a supplier&apos;s), or &quot;outside option&quot;, &quot;competing quote&quot;</extracomment>
        <translation>externe Option</translation>
    </message>
    <message>
        <source>no event called {name}</source>
        <translation>kein Ereignis namens {name}</translation>
    </message>
    <message>
        <source>no weight for issue {issue}</source>
        <extracomment>Weights below this are treated as zero when rescaling (avoids dividing by dust).</extracomment>
        <translation>kein Gewicht für den Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>weight given for unknown issue {issue}</source>
        <translation>Gewicht für unbekannten Verhandlungspunkt {issue} angegeben</translation>
    </message>
    <message>
        <source>at least one weight must be above zero</source>
        <translation>mindestens ein Gewicht muss über null liegen</translation>
    </message>
    <message>
        <source>no package called {name}</source>
        <translation>kein Paket namens {name}</translation>
    </message>
    <message>
        <source>a package called {name} already exists</source>
        <translation>ein Paket namens {name} existiert schon</translation>
    </message>
    <message>
        <source>a term for unknown issue {issue}</source>
        <extracomment>what → (a term for an unknown issue, no term for an issue): whole sentences per kind of terms.</extracomment>
        <translation>eine Bedingung für den unbekannten Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>the competing quote (BATNA) has term for unknown issue {issue}</source>
        <translation>das Konkurrenzangebot (BATNA) hat eine Bedingung für den unbekannten Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>the competing quote (BATNA) has no term for issue {issue}</source>
        <translation>das Konkurrenzangebot (BATNA) hat keine Bedingung für den Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>the agreement has term for unknown issue {issue}</source>
        <translation>die Einigung hat eine Bedingung für den unbekannten Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>the agreement has no term for issue {issue}</source>
        <translation>die Einigung hat keine Bedingung für den Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>the agreement before settlement has term for unknown issue {issue}</source>
        <translation>die Einigung vor der Nachverhandlung hat eine Bedingung für den unbekannten Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>the agreement before settlement has no term for issue {issue}</source>
        <translation>die Einigung vor der Nachverhandlung hat keine Bedingung für den Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>the outside option has term for unknown issue {issue}</source>
        <translation>die externe Option hat eine Bedingung für den unbekannten Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>the outside option has no term for issue {issue}</source>
        <translation>die externe Option hat keine Bedingung für den Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>{what} has no term for issue {issue}</source>
        <translation>{what} hat keine Bedingung für den Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>{what} has term for unknown issue {issue}</source>
        <translation>{what} hat eine Bedingung für den unbekannten Verhandlungspunkt {issue}</translation>
    </message>
    <message>
        <source>a condition on a term needs its issue</source>
        <extracomment>the issue of a ``term`` or ``options`` condition (&quot;&quot; for ``total_cost``) a ``term``/``total_cost`` condition applies to a term (total) below or above ``value`` an ``options`` condition: the options the approver allows (any other applies it)</extracomment>
        <translation>eine Bedingung auf einen Wert braucht ihren Verhandlungspunkt</translation>
    </message>
    <message>
        <source>a condition on a term, the total cost or their points needs a value</source>
        <translation>eine Bedingung auf einen Wert, die Gesamtkosten oder die Punkte des Freigebers braucht einen Schwellenwert</translation>
    </message>
    <message>
        <source>a condition on options needs at least one allowed option</source>
        <translation>eine Bedingung auf Optionen braucht mindestens eine zulässige Option</translation>
    </message>
    <message>
        <source>a constituency needs a party (who it is)</source>
        <extracomment>How a constituency&apos;s condition reads: the term must be at least / at most ``value``, or one of ``options``. How much the relationship with this supplier counts (strategic &gt; preferred &gt; transactional). The factor on the goodwill effect for each relationship weight (``docs/behind-the-table.md``).</extracomment>
        <translation>eine Anspruchsgruppe braucht eine Partei (wer es ist)</translation>
    </message>
    <message>
        <source>a constituency needs the issue its condition is on</source>
        <translation>eine Anspruchsgruppe braucht den Verhandlungspunkt, auf den sich ihre Bedingung bezieht</translation>
    </message>
    <message>
        <source>a condition &apos;one of&apos; needs at least one option</source>
        <translation>eine Bedingung „eine von“ braucht mindestens eine Option</translation>
    </message>
    <message>
        <source>a condition &apos;at least&apos;/&apos;at most&apos; needs a value</source>
        <translation>eine Bedingung „mindestens“/„höchstens“ braucht einen Wert</translation>
    </message>
    <message>
        <source>{a} {a_first} with {b} {b_first} — or {a} {a_second} with {b} {b_second}? (Everything else the same.)</source>
        <extracomment>&quot;about equal&quot; means within this many points to the buyer how far an answer may be off (the buyer is not exact): widens every constraint a weight is pinned when half its 95 % range (2.5–97.5 % of the region) is at most PIN (fraction) a question whose most likely answer covers more than 1 − MIN_SHARE of the region is implied a matching answer is read as this many bins of the region when choosing the next question The issue (``better``, numeric) on which the buyer may instead name the term of the second package that makes the two equal (&quot;equal at EUR 191.50&quot;); None for a plain question. The range (low, high) a matching term may take (the issue&apos;s acceptable range). True when the buyer named the matching term (the question&apos;s second package then holds that term and ``choice`` is &quot;equal&quot;). The question as it was asked, when the answer changed it (a named term): revising the answer asks that question again, not the one the term made.</extracomment>
        <translation>{a} {a_first} mit {b} {b_first} – oder {a} {a_second} mit {b} {b_second}? (Alles andere gleich.)</translation>
    </message>
    <message>
        <source>an answer is &apos;first&apos;, &apos;second&apos; or &apos;equal&apos;, not {choice}</source>
        <translation>eine Antwort ist &apos;first&apos;, &apos;second&apos; oder &apos;equal&apos;, nicht {choice}</translation>
    </message>
    <message>
        <source>That is enough questions. The least sure weight is {issue}&apos;s (± {band:.1f} points). The weights found are below; -o saves them.</source>
        <translation>Das sind genug Fragen. Am wenigsten sicher ist das Gewicht von {issue} (± {band:.1f} Punkte). Die gefundenen Gewichte stehen unten; -o speichert sie.</translation>
    </message>
    <message>
        <source>No question left would narrow the weights further. The least sure weight is {issue}&apos;s (± {band:.1f} points). The weights found are below; -o saves them.</source>
        <translation>Keine weitere Frage würde die Gewichte noch eingrenzen. Am wenigsten sicher ist das Gewicht von {issue} (± {band:.1f} Punkte). Die gefundenen Gewichte stehen unten; -o speichert sie.</translation>
    </message>
    <message>
        <source>That is enough questions. The least sure weight is {issue}&apos;s (± {band:.1f} points): swing weighting (the Swings tab) can check it, or apply the weights as found.</source>
        <translation>Das sind genug Fragen. Am wenigsten sicher ist das Gewicht von {issue} (± {band:.1f} Punkte): die Swing-Gewichtung (Reiter Swings) kann es prüfen – oder übernehmen Sie die Gewichte wie gefunden.</translation>
    </message>
    <message>
        <source>No question left would narrow the weights further. The least sure weight is {issue}&apos;s (± {band:.1f} points): swing weighting (the Swings tab) can check it, or apply the weights as found.</source>
        <translation>Keine weitere Frage würde die Gewichte noch eingrenzen. Am wenigsten sicher ist das Gewicht von {issue} (± {band:.1f} Punkte): die Swing-Gewichtung (Reiter Swings) kann es prüfen – oder übernehmen Sie die Gewichte wie gefunden.</translation>
    </message>
    <message>
        <source>Q{number} cannot be true for weights within the band you set ({question}). Change or remove it, or start again without the band.</source>
        <translation>F{number} kann für Gewichte innerhalb der gewählten Spanne nicht zutreffen ({question}). Ändern oder entfernen Sie die Antwort, oder beginnen Sie neu ohne die Spanne.</translation>
    </message>
    <message>
        <source>Q{number} ({question} — you said the first)</source>
        <translation>F{number} ({question} – Sie sagten: das erste)</translation>
    </message>
    <message>
        <source>Q{number} ({question} — you said the second)</source>
        <translation>F{number} ({question} – Sie sagten: das zweite)</translation>
    </message>
    <message>
        <source>Q{number} ({question} — you said about equal)</source>
        <translation>F{number} ({question} – Sie sagten: etwa gleich)</translation>
    </message>
    <message>
        <source>Q{number} ({question} — you said these are equal)</source>
        <translation>F{number} ({question} – Sie sagten: gleich viel wert)</translation>
    </message>
    <message>
        <source>These answers cannot all be true: {answers}. Revise one of them.</source>
        <translation>Diese Antworten können nicht alle zutreffen: {answers}. Ändern Sie eine davon.</translation>
    </message>
    <message>
        <source>This question has no term to name; answer the first, the second or about equal.</source>
        <translation>Bei dieser Frage lässt sich kein Wert nennen; antworten Sie: das erste, das zweite oder etwa gleich.</translation>
    </message>
    <message>
        <source>{issue}: name a term from {low} to {high}</source>
        <translation>{issue}: nennen Sie einen Wert von {low} bis {high}</translation>
    </message>
    <message>
        <source>The issue&apos;s name as both sides use it (must be unique).</source>
        <translation>Der Name des Verhandlungspunkts, wie beide Seiten ihn verwenden (muss eindeutig sein).</translation>
    </message>
    <message>
        <source>Numeric (a number on a range) or categorical (a list of options).</source>
        <translation>Numerisch (eine Zahl in einem Bereich) oder kategorial (eine Liste von Optionen).</translation>
    </message>
    <message>
        <source>Unit of a numeric issue (EUR, weeks, days, %, …).</source>
        <translation>Einheit eines numerischen Verhandlungspunkts (EUR, Wochen, Tage, %, …).</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Range, or options. Numeric: lowest and highest term that can be on the table. Categorical: the options (double-click to edit labels, values and which are acceptable).</source>
        <translation>Bereich oder Optionen. Numerisch: niedrigster und höchster Wert, der auf den Tisch kommen kann. Kategorial: die Optionen (Doppelklick, um Bezeichnungen, Werte und Akzeptanz zu bearbeiten).</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Smallest change of a numeric term (0.5 EUR, 1 week, 15 days, …).</source>
        <translation>Kleinste Änderung eines numerischen Werts (0,5 EUR, 1 Woche, 15 Tage, …).</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Which end of a numeric range is better for us.</source>
        <translation>Welches Ende eines numerischen Bereichs für uns besser ist.</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <source>How our value grows from the worst to the best term: linear, diminishing returns (first steps count most), accelerating (last steps count most) or your own breakpoints.</source>
        <translation>Wie unsere Punkte vom schlechtesten zum besten Wert wachsen: linear, abnehmender Zuwachs (die ersten Schritte zählen am meisten), zunehmender Zuwachs (die letzten Schritte zählen am meisten) oder Ihre eigenen Stützpunkte.</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Hard limit. A numeric term beyond this limit is never acceptable (empty: no limit). For a categorical issue: the options we can never accept.</source>
        <translation>Harte Grenze. Ein numerischer Wert jenseits dieser Grenze ist nie akzeptabel (leer: keine Grenze). Bei einem kategorialen Verhandlungspunkt: die Optionen, die wir nie akzeptieren können.</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geldwert</translation>
    </message>
    <message>
        <source>Money per unit, in the plan&apos;s currency. What one unit of this issue towards the better end is worth in the plan&apos;s currency (used to explain trade-offs; empty: not set).</source>
        <translation>Geld pro Einheit, in der Währung des Plans. Was eine Einheit dieses Verhandlungspunkts in Richtung des besseren Endes in der Währung des Plans wert ist (zur Erklärung von Abwägungen; leer: nicht festgelegt).</translation>
    </message>
    <message>
        <source>What the issue covers, in a few words. Printed under the issue&apos;s name on the package cards only when you tick &quot;Print issue descriptions&quot; — write nothing here you would not show them.</source>
        <translation>Was der Verhandlungspunkt umfasst, in wenigen Worten. Wird nur dann unter dem Namen des Verhandlungspunkts auf den Paketkarten gedruckt, wenn Sie „Beschreibungen drucken“ anhaken – schreiben Sie hier nichts, was Sie der Gegenseite nicht zeigen würden.</translation>
    </message>
    <message>
        <source>Linear</source>
        <extracomment>Columns that mean nothing for a categorical issue. The labels below stay English: the edits accept them typed (``issue_edits._enum`` matches a typed &quot;linear&quot; or &quot;Lower&quot; against them). Show them with ``tr(CURVE_LABELS[c])`` (or :func:`curve_label` and friends).</extracomment>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Diminishing returns</source>
        <translation>Abnehmender Zuwachs</translation>
    </message>
    <message>
        <source>Accelerating</source>
        <translation>Zunehmender Zuwachs</translation>
    </message>
    <message>
        <source>Breakpoints</source>
        <translation>Stützpunkte</translation>
    </message>
    <message>
        <source>Every step towards the better end is worth the same.</source>
        <translation>Jeder Schritt in Richtung des besseren Endes ist gleich viel wert.</translation>
    </message>
    <message>
        <source>The first steps away from the worst term count most (diminishing returns).</source>
        <translation>Die ersten Schritte weg vom schlechtesten Wert zählen am meisten (abnehmender Zuwachs).</translation>
    </message>
    <message>
        <source>The last steps towards the best term count most (accelerating).</source>
        <translation>Die letzten Schritte hin zum besten Wert zählen am meisten (zunehmender Zuwachs).</translation>
    </message>
    <message>
        <source>Your own curve through points you place and drag.</source>
        <translation>Ihre eigene Kurve durch Punkte, die Sie setzen und ziehen.</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Niedriger</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Höher</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numerisch</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Kategorial</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>The table&apos;s narrow cells (the full words are in the tooltips and the editors): the main columns fit a 560 px panel (docs/issues-panel.md).</extracomment>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Diminishing</source>
        <translation>Abnehmend</translation>
    </message>
    <message>
        <source>{currency} {amount} / unit</source>
        <translation>{currency} {amount} / Einheit</translation>
    </message>
    <message>
        <source>Per option</source>
        <translation>Je Option</translation>
    </message>
    <message>
        <source>Points ({count})</source>
        <translation>Punkte ({count})</translation>
    </message>
    <message>
        <source>{name} (numeric)
{notes}
Double-click or F2 to rename.</source>
        <translation>{name} (numerisch)
{notes}
Doppelklick oder F2 zum Umbenennen.</translation>
    </message>
    <message>
        <source>{name} (categorical)
{notes}
Double-click or F2 to rename.</source>
        <translation>{name} (kategorial)
{notes}
Doppelklick oder F2 zum Umbenennen.</translation>
    </message>
    <message>
        <source>{name} (numeric)
Double-click or F2 to rename.</source>
        <translation>{name} (numerisch)
Doppelklick oder F2 zum Umbenennen.</translation>
    </message>
    <message>
        <source>{name} (categorical)
Double-click or F2 to rename.</source>
        <translation>{name} (kategorial)
Doppelklick oder F2 zum Umbenennen.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>{notes}
Double-click or F2 to edit the notes on {name}.</source>
        <translation>{notes}
Doppelklick oder F2, um die Notizen zu {name} zu bearbeiten.</translation>
    </message>
    <message>
        <source>{option}: {value:g} points</source>
        <translation>{option}: {value:g} Punkte</translation>
    </message>
    <message>
        <source>{option}: {value:g} points — never acceptable</source>
        <translation>{option}: {value:g} Punkte – nie akzeptabel</translation>
    </message>
    <message>
        <source>Options and their value to us:
{options}
Double-click to edit the options.</source>
        <translation>Optionen und ihr Wert für uns:
{options}
Doppelklick, um die Optionen zu bearbeiten.</translation>
    </message>
    <message>
        <source>Never acceptable: {options}
Double-click to choose acceptable options.</source>
        <translation>Nie akzeptabel: {options}
Doppelklick, um akzeptable Optionen zu wählen.</translation>
    </message>
    <message>
        <source>Every option is acceptable.
Double-click to choose acceptable options.</source>
        <translation>Jede Option ist akzeptabel.
Doppelklick, um akzeptable Optionen zu wählen.</translation>
    </message>
    <message>
        <source>A categorical issue&apos;s value is set per option (drag the bars in the curve plot).</source>
        <translation>Der Wert eines kategorialen Verhandlungspunkts wird je Option festgelegt (ziehen Sie die Balken im Kurvendiagramm).</translation>
    </message>
    <message>
        <source>Not used by a categorical issue.</source>
        <translation>Wird von einem kategorialen Verhandlungspunkt nicht verwendet.</translation>
    </message>
    <message>
        <source>Numeric: a number on a range.
Changing the kind converts the issue (undo brings it back).</source>
        <translation>Numerisch: eine Zahl in einem Bereich.
Ein Wechsel der Art wandelt den Verhandlungspunkt um (Rückgängig stellt ihn wieder her).</translation>
    </message>
    <message>
        <source>Categorical: a list of options.
Changing the kind converts the issue (undo brings it back).</source>
        <translation>Kategorial: eine Liste von Optionen.
Ein Wechsel der Art wandelt den Verhandlungspunkt um (Rückgängig stellt ihn wieder her).</translation>
    </message>
    <message>
        <source>Terms from {low} to {high} in steps of {step} ({count} possible terms).</source>
        <translation>Werte von {low} bis {high} in Schritten von {step} ({count} mögliche Werte).</translation>
    </message>
    <message>
        <source>Lower is better for us on {name}; higher is worse.</source>
        <translation>Niedriger ist für uns besser bei {name}; höher ist schlechter.</translation>
    </message>
    <message>
        <source>Higher is better for us on {name}; lower is worse.</source>
        <translation>Höher ist für uns besser bei {name}; niedriger ist schlechter.</translation>
    </message>
    <message>
        <source>{curve} ({count} points): {tip}</source>
        <translation>{curve} ({count} Punkte): {tip}</translation>
    </message>
    <message>
        <source>No hard limit: every term in the range is acceptable.
Type a number to set one.</source>
        <translation>Keine harte Grenze: Jeder Wert im Bereich ist akzeptabel.
Geben Sie eine Zahl ein, um eine festzulegen.</translation>
    </message>
    <message>
        <source>Terms above {limit} are never acceptable.
Clear the cell for no limit.</source>
        <translation>Werte über {limit} sind nie akzeptabel.
Leeren Sie die Zelle für keine Grenze.</translation>
    </message>
    <message>
        <source>Terms below {limit} are never acceptable.
Clear the cell for no limit.</source>
        <translation>Werte unter {limit} sind nie akzeptabel.
Leeren Sie die Zelle für keine Grenze.</translation>
    </message>
    <message>
        <source>Money equivalent of one {unit} towards the better end (not set).</source>
        <translation>Geldwert einer Einheit ({unit}) in Richtung des besseren Endes (nicht festgelegt).</translation>
    </message>
    <message>
        <source>Money equivalent of one unit towards the better end (not set).</source>
        <translation>Geldwert einer Einheit in Richtung des besseren Endes (nicht festgelegt).</translation>
    </message>
    <message>
        <source>One {unit} towards the better end is worth {money} to us.</source>
        <translation>Eine Einheit ({unit}) in Richtung des besseren Endes ist uns {money} wert.</translation>
    </message>
    <message>
        <source>One unit towards the better end is worth {money} to us.</source>
        <translation>Eine Einheit in Richtung des besseren Endes ist uns {money} wert.</translation>
    </message>
    <message>
        <source>Terms move in steps of {step}.</source>
        <translation>Werte ändern sich in Schritten von {step}.</translation>
    </message>
    <message>
        <source>Unit shown with every term (EUR, weeks, days, %, …).</source>
        <translation>Einheit, die bei jedem Wert angezeigt wird (EUR, Wochen, Tage, %, …).</translation>
    </message>
    <message>
        <source>breakpoints must be finite numbers</source>
        <translation>Stützpunkte müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>breakpoint value {value:g} is outside 0..100</source>
        <translation>Stützpunktwert {value:g} liegt außerhalb von 0..100</translation>
    </message>
    <message>
        <source>two breakpoints share the same term</source>
        <translation>zwei Stützpunkte haben denselben Wert</translation>
    </message>
    <message>
        <source>must be at most {most:,.0f} per unit</source>
        <translation>darf höchstens {most:,.0f} pro Einheit betragen</translation>
    </message>
    <message>
        <source>min ({low}) must be below max ({high})</source>
        <translation>Minimum ({low}) muss unter dem Maximum ({high}) liegen</translation>
    </message>
    <message>
        <source>step must be positive</source>
        <translation>der Schritt muss positiv sein</translation>
    </message>
    <message>
        <source>the range {low}..{high} is too wide</source>
        <translation>der Bereich {low}..{high} ist zu groß</translation>
    </message>
    <message>
        <source>step ({step}) is larger than the range {low}..{high}</source>
        <translation>der Schritt ({step}) ist größer als der Bereich {low}..{high}</translation>
    </message>
    <message>
        <source>step {step} gives more than {most:,} points over {low}..{high}</source>
        <translation>der Schritt {step} ergibt mehr als {most:,} Punkte im Bereich {low}..{high}</translation>
    </message>
    <message>
        <source>a breakpoint curve needs at least two breakpoints</source>
        <translation>eine Stützpunktkurve braucht mindestens zwei Stützpunkte</translation>
    </message>
    <message>
        <source>hard limit {limit} leaves no acceptable term in {low}..{high}</source>
        <translation>die harte Grenze {limit} lässt keinen akzeptablen Wert in {low}..{high} übrig</translation>
    </message>
    <message>
        <source>{issue}: {term} is not a number</source>
        <translation>{issue}: {term} ist keine Zahl</translation>
    </message>
    <message>
        <source>{issue}: {term} is not a finite number</source>
        <translation>{issue}: {term} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{issue}: {term} is outside {range}</source>
        <translation>{issue}: {term} liegt außerhalb von {range}</translation>
    </message>
    <message>
        <source>{issue}: {term} is not on the {step} step from {low}</source>
        <translation>{issue}: {term} liegt nicht auf dem Raster in Schritten von {step} ab {low}</translation>
    </message>
    <message>
        <source>a categorical issue needs at least one option</source>
        <extracomment>A unit&apos;s plural as users type it (English or German) → its singular: &quot;1 week&quot;, &quot;1 Woche&quot;.</extracomment>
        <translation>ein kategorialer Verhandlungspunkt braucht mindestens eine Option</translation>
    </message>
    <message>
        <source>duplicate option {option}</source>
        <translation>doppelte Option {option}</translation>
    </message>
    <message>
        <source>at least one option must be acceptable</source>
        <translation>mindestens eine Option muss akzeptabel sein</translation>
    </message>
    <message>
        <source>{issue}: {term} is not one of {options}</source>
        <translation>{issue}: {term} ist keine von {options}</translation>
    </message>
    <message>
        <source>unit price</source>
        <extracomment>Largest amount (in the plan&apos;s currency) a freight cost may be. Money amounts at or beyond this are not printed digit by digit. Days of the year in the financing formula. The roles of the issues of a cost model, in words (translated where shown).</extracomment>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>payment issue</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>{amount} is not an amount (at most {most:,.0f})</source>
        <extracomment>Units when the volume is not an issue (1: the price is the whole amount). Annual financing rate in percent (6 = 6 % a year).</extracomment>
        <translation>{amount} ist kein Betrag (höchstens {most:,.0f})</translation>
    </message>
    <message>
        <source>two price breaks start at {volume} units</source>
        <translation>zwei Preisstaffeln beginnen bei {volume} Stück</translation>
    </message>
    <message>
        <source>freight amounts need the issue they depend on (freight_issue)</source>
        <translation>Frachtbeträge brauchen den Verhandlungspunkt, von dem sie abhängen (freight_issue)</translation>
    </message>
    <message>
        <source>a financing rate needs the payment-term issue (payment_issue)</source>
        <translation>ein Finanzierungszins braucht den Verhandlungspunkt Zahlungsziel (payment_issue)</translation>
    </message>
    <message>
        <source>price breaks need the volume issue</source>
        <translation>Preisstaffeln brauchen den Verhandlungspunkt Menge</translation>
    </message>
    <message>
        <source>{issue} must be a numeric issue</source>
        <translation>{issue} muss ein numerischer Verhandlungspunkt sein</translation>
    </message>
    <message>
        <source>{issue} is already the {role}</source>
        <translation>{issue} ist bereits als {role} eingetragen</translation>
    </message>
    <message>
        <source>{issue} must be a categorical issue</source>
        <translation>{issue} muss ein kategorialer Verhandlungspunkt sein</translation>
    </message>
    <message>
        <source>an amount too large to show</source>
        <translation>ein Betrag, der zu groß zum Anzeigen ist</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <extracomment>After a contingent term in the set table (its base term; the clause is in &quot;Contingent terms&quot;). Below this many points an option neither gives nor holds on an issue (compared with the others).</extracomment>
        <translation>Gesamt {amount}</translation>
    </message>
    <message>
        <source>{volume} units</source>
        <translation>{volume} Stück</translation>
    </message>
    <message>
        <source>{price} less {discount:g} %</source>
        <translation>{price} abzüglich {discount:g} %</translation>
    </message>
    <message>
        <source>freight ({option}) {amount}</source>
        <translation>Fracht ({option}) {amount}</translation>
    </message>
    <message>
        <source>financing {days} at {rate:g} % {amount}</source>
        <translation>Finanzierung {days} zu {rate:g} % {amount}</translation>
    </message>
    <message>
        <source>total {amount}</source>
        <translation>gesamt {amount}</translation>
    </message>
    <message>
        <source>on {units}</source>
        <translation>bei {units}</translation>
    </message>
    <message>
        <source>{amount} less in total {volume}</source>
        <translation>insgesamt {amount} weniger {volume}</translation>
    </message>
    <message>
        <source>{amount} more in total {volume}</source>
        <translation>insgesamt {amount} mehr {volume}</translation>
    </message>
    <message>
        <source>{amount} less in total</source>
        <translation>insgesamt {amount} weniger</translation>
    </message>
    <message>
        <source>{amount} more in total</source>
        <translation>insgesamt {amount} mehr</translation>
    </message>
    <message>
        <source>, {amount} less in total</source>
        <translation>, insgesamt {amount} weniger</translation>
    </message>
    <message>
        <source>, {amount} more in total</source>
        <translation>, insgesamt {amount} mehr</translation>
    </message>
    <message>
        <source>going from {old} to {new} {issue}</source>
        <translation>{issue} von {old} auf {new}</translation>
    </message>
    <message>
        <source>going from {old} to {new} on {issue}</source>
        <translation>{issue} von {old} auf {new}</translation>
    </message>
    <message>
        <source>{amount} off the {issue}</source>
        <extracomment>The yardstick move in money at the reference package&apos;s own volume (&quot;EUR 17,145 less in total on 1,500 units&quot;; &quot;&quot; when the plan has no cost model or the yardstick is not in it).</extracomment>
        <translation>{issue} {amount} niedriger</translation>
    </message>
    <message>
        <source>{amount} more on the {issue}</source>
        <translation>{issue} {amount} höher</translation>
    </message>
    <message>
        <source>the consistency check needs a numeric issue (such as the price) that matters</source>
        <translation>die Konsistenzprüfung braucht einen numerischen Verhandlungspunkt (etwa den Preis), der zählt</translation>
    </message>
    <message>
        <source>the consistency check needs at least two issues that matter</source>
        <translation>die Konsistenzprüfung braucht mindestens zwei Verhandlungspunkte, die zählen</translation>
    </message>
    <message>
        <source>an issue cannot be compared with itself</source>
        <translation>ein Verhandlungspunkt kann nicht mit sich selbst verglichen werden</translation>
    </message>
    <message>
        <source>Is {change} ({own}) worth as much to you as {yardstick} ({money})?</source>
        <translation>Ist Ihnen {change} ({own}) so viel wert wie {yardstick} ({money})?</translation>
    </message>
    <message>
        <source>Is {change} ({own}) worth as much to you as {yardstick}?</source>
        <translation>Ist Ihnen {change} ({own}) so viel wert wie {yardstick}?</translation>
    </message>
    <message>
        <source>Is {change} worth as much to you as {yardstick} ({money})?</source>
        <translation>Ist Ihnen {change} so viel wert wie {yardstick} ({money})?</translation>
    </message>
    <message>
        <source>Is {change} worth as much to you as {yardstick}?</source>
        <translation>Ist Ihnen {change} so viel wert wie {yardstick}?</translation>
    </message>
    <message>
        <source>{issue} {old} → {new}; everything else as in “{package}”.</source>
        <translation>{issue} {old} → {new}; alles andere wie in „{package}“.</translation>
    </message>
    <message>
        <source>{issue} {old} → {new}; everything else unchanged.</source>
        <translation>{issue} {old} → {new}; alles andere unverändert.</translation>
    </message>
    <message>
        <source>no change on {issue} is small enough to match with {yardstick}</source>
        <translation>keine Änderung bei {issue} ist klein genug, um sie mit {yardstick} aufzuwiegen</translation>
    </message>
    <message>
        <source>off the {issue}</source>
        <translation>weniger ({issue})</translation>
    </message>
    <message>
        <source>more on the {issue}</source>
        <translation>mehr ({issue})</translation>
    </message>
    <message>
        <source>less {issue}</source>
        <translation>weniger ({issue})</translation>
    </message>
    <message>
        <source>more {issue}</source>
        <translation>mehr ({issue})</translation>
    </message>
    <message>
        <source>Your answer agrees with your weights: {issue} {issue_weight:.1f} % and {yardstick} {yardstick_weight:.1f} % make {change} worth as much as {yardstick_change}.</source>
        <extracomment>&quot;too low&quot; / &quot;too high&quot; for the asked issue&apos;s weight next to the yardstick&apos;s</extracomment>
        <translation>Ihre Antwort passt zu Ihrer Gewichtung: {issue} {issue_weight:.1f} % und {yardstick} {yardstick_weight:.1f} % machen {change} so viel wert wie {yardstick_change}.</translation>
    </message>
    <message>
        <source>answer must be &apos;same&apos;, &apos;more&apos; or &apos;less&apos;, not {answer}</source>
        <translation>die Antwort muss &apos;same&apos;, &apos;more&apos; oder &apos;less&apos; sein, nicht {answer}</translation>
    </message>
    <message>
        <source>Your weights make the two equal, but you say {change} is worth more than {yardstick_change}. {issue}&apos;s weight ({issue_weight:.1f} %) looks too low next to {yardstick}&apos;s ({yardstick_weight:.1f} %).</source>
        <translation>Nach Ihrer Gewichtung sind beide gleich viel wert, aber Sie sagen, {change} ist mehr wert als {yardstick_change}. Das Gewicht von {issue} ({issue_weight:.1f} %) wirkt zu niedrig im Vergleich zu {yardstick} ({yardstick_weight:.1f} %).</translation>
    </message>
    <message>
        <source>Your weights make the two equal, but you say {change} is worth less than {yardstick_change}. {issue}&apos;s weight ({issue_weight:.1f} %) looks too high next to {yardstick}&apos;s ({yardstick_weight:.1f} %).</source>
        <translation>Nach Ihrer Gewichtung sind beide gleich viel wert, aber Sie sagen, {change} ist weniger wert als {yardstick_change}. Das Gewicht von {issue} ({issue_weight:.1f} %) wirkt zu hoch im Vergleich zu {yardstick} ({yardstick_weight:.1f} %).</translation>
    </message>
    <message>
        <source>No adjustment possible: both weights are locked.</source>
        <translation>Keine Anpassung möglich: beide Gewichte sind gesperrt.</translation>
    </message>
    <message>
        <source>No adjustment possible: that amount gives no change.</source>
        <translation>Keine Anpassung möglich: dieser Betrag ändert nichts.</translation>
    </message>
    <message>
        <source>{issue} {old:.1f} % → {new:.1f} %</source>
        <translation>{issue} {old:.1f} % → {new:.1f} %</translation>
    </message>
    <message>
        <source>the other unlocked weights rescaled</source>
        <translation>die übrigen nicht gesperrten Gewichte neu skaliert</translation>
    </message>
    <message>
        <source>If it is worth as much as {amount}: {changes} ({issue} {difference:+.1f} points).</source>
        <translation>Wenn es so viel wert ist wie {amount}: {changes} ({issue} {difference:+.1f} Punkte).</translation>
    </message>
    <message>
        <source>give at least one issue an importance above zero</source>
        <translation>geben Sie mindestens einem Verhandlungspunkt eine Wichtigkeit über null</translation>
    </message>
    <message>
        <source>swing points of {issue} must be ≥ 0</source>
        <extracomment>added to a region&apos;s stored source once its ranges moved with weights set by hand (stored in English) ± (fraction) for issues without a range of their own where the region came from, in words (&quot;± 5 points&quot;, &quot;answers to 8 questions&quot;)</extracomment>
        <translation>die Swing-Punkte von {issue} müssen ≥ 0 sein</translation>
    </message>
    <message>
        <source>weight of {issue} must be a number ≥ 0</source>
        <translation>das Gewicht von {issue} muss eine Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>give points for at least one swing</source>
        <translation>vergeben Sie Punkte für mindestens einen Sprung</translation>
    </message>
    <message>
        <source>at least one swing must be worth more than zero points</source>
        <translation>mindestens ein Sprung muss mehr als null Punkte wert sein</translation>
    </message>
    <message>
        <source>{issues}: more points than a swing ranked above — move it up, or lower its points.</source>
        <translation>{issues}: mehr Punkte als ein höher eingestufter Sprung – schieben Sie ihn nach oben oder senken Sie seine Punkte.</translation>
    </message>
    <message>
        <source>{source}, moved with the weights set since</source>
        <comment>where a weight region came from</comment>
        <translation>{source}, seither mit den gesetzten Gewichten verschoben</translation>
    </message>
    <message>
        <source>set by hand; the BATNA, {source}, is worth {points:.1f}</source>
        <extracomment>The orders :func:`compare_suppliers` knows. How many supplier estimates are kept (keyed by the supplier&apos;s own plan). why there is no next set (&quot;&quot; when there is one, or when next sets were not asked for) our walk-away against this supplier (points) the share of plausible profiles with a ZOPA (None: their walk-away unknown) reactions that carried evidence about their priorities</extracomment>
        <translation>von Hand gesetzt; die BATNA, {source}, ist {points:.1f} wert</translation>
    </message>
    <message>
        <source>the outside option</source>
        <translation>die externe Option</translation>
    </message>
    <message>
        <source>{supplier}&apos;s quote</source>
        <translation>Preisangebot von {supplier}</translation>
    </message>
    <message>
        <source>{supplier}&apos;s agreement</source>
        <translation>Einigung mit {supplier}</translation>
    </message>
    <message>
        <source>{supplier}&apos;s counter-offer</source>
        <translation>Gegenangebot von {supplier}</translation>
    </message>
    <message>
        <source>{supplier}&apos;s accepted package</source>
        <translation>von {supplier} akzeptiertes Paket</translation>
    </message>
    <message>
        <source>{supplier}&apos;s offer</source>
        <translation>Angebot von {supplier}</translation>
    </message>
    <message>
        <source>Our walk-away {walkaway:.1f} ({source}); no acceptable package reaches it: no ZOPA.</source>
        <translation>Unser Ausstiegspunkt {walkaway:.1f} ({source}); kein akzeptables Paket erreicht ihn: keine ZOPA.</translation>
    </message>
    <message>
        <source>Our walk-away {walkaway:.1f} ({source}); their walk-away is unknown (at ours the best we can give them is worth about {best:.0f} of their points).</source>
        <translation>Unser Ausstiegspunkt {walkaway:.1f} ({source}); ihr Ausstiegspunkt ist unbekannt (bei unserem ist das Beste, was wir ihnen geben können, etwa {best:.0f} ihrer Punkte wert).</translation>
    </message>
    <message>
        <source>Our walk-away {walkaway:.1f} ({source}); their estimated walk-away leaves {low:.0f}–{high:.0f} of our points.</source>
        <translation>Unser Ausstiegspunkt {walkaway:.1f} ({source}); ihr geschätzter Ausstiegspunkt lässt {low:.0f}–{high:.0f} unserer Punkte.</translation>
    </message>
    <message>
        <source>Our walk-away {walkaway:.1f} ({source}); their estimated walk-away leaves {low:.0f}–{high:.0f} of our points (a ZOPA in {share:.0f} % of plausible profiles).</source>
        <translation>Unser Ausstiegspunkt {walkaway:.1f} ({source}); ihr geschätzter Ausstiegspunkt lässt {low:.0f}–{high:.0f} unserer Punkte (eine ZOPA in {share:.0f} % der plausiblen Profile).</translation>
    </message>
    <message>
        <source>Our walk-away {walkaway:.1f} ({source}); probably no ZOPA: at ours the best we can give them is worth about {best:.0f} of their points, below their estimated {theirs:.0f}.</source>
        <translation>Unser Ausstiegspunkt {walkaway:.1f} ({source}); wahrscheinlich keine ZOPA: bei unserem ist das Beste, was wir ihnen geben können, etwa {best:.0f} ihrer Punkte wert, unter ihrem geschätzten {theirs:.0f}.</translation>
    </message>
    <message>
        <source>Our walk-away {walkaway:.1f} ({source}); probably no ZOPA: at ours the best we can give them is worth about {best:.0f} of their points, below their estimated {theirs:.0f} (a ZOPA in only {share:.0f} % of plausible profiles).</source>
        <translation>Unser Ausstiegspunkt {walkaway:.1f} ({source}); wahrscheinlich keine ZOPA: bei unserem ist das Beste, was wir ihnen geben können, etwa {best:.0f} ihrer Punkte wert, unter ihrem geschätzten {theirs:.0f} (eine ZOPA in nur {share:.0f} % der plausiblen Profile).</translation>
    </message>
    <message>
        <source>a MESO set needs at least two issues</source>
        <translation>ein MESO-Set braucht mindestens zwei Verhandlungspunkte</translation>
    </message>
    <message>
        <source>the plan has no issues yet</source>
        <translation>der Plan hat noch keine Verhandlungspunkte</translation>
    </message>
    <message>
        <source>sort by one of {keys}, not {key}</source>
        <translation>sortieren Sie nach einem von {keys}, nicht {key}</translation>
    </message>
    <message>
        <source>no offer held</source>
        <translation>kein Angebot vorhanden</translation>
    </message>
    <message>
        <source>{source} ({points:.1f} points)</source>
        <translation>{source} ({points:.1f} Punkte)</translation>
    </message>
    <message>
        <source>no acceptable offer is held from {supplier}: there is nothing to award</source>
        <translation>von {supplier} liegt kein akzeptables Angebot vor: es gibt nichts zu vergeben</translation>
    </message>
    <message>
        <source>The volume split is {volume}, the offer of {a} (the best single award); {b} offered {other} and is priced here at its share of the {volume}: all to {b} costs {own} on its own {other}.</source>
        <translation>Die aufgeteilte Menge ist {volume}, das Angebot von {a} (die beste Einzelvergabe); {b} bot {other} an und ist hier zu seinem Anteil an den {volume} bepreist: alles an {b} kostet {own} bei seinen eigenen {other}.</translation>
    </message>
    <message>
        <source>units</source>
        <comment>unit of a volume</comment>
        <translation>Stück</translation>
    </message>
    <message>
        <source>Our points are the plan&apos;s additive model, linear in the award: a split never beats the better single award on points alone.</source>
        <translation>Unsere Punkte folgen dem additiven Modell des Plans, linear in der Vergabe: eine Aufteilung schlägt nach Punkten allein nie die bessere Einzelvergabe.</translation>
    </message>
    <message>
        <source>The volume split is {volume}, as you set it; {a} offered {va} and {b} {vb}: each is priced at its share of the {volume}.</source>
        <translation>Die aufgeteilte Menge ist {volume}, wie von Ihnen gesetzt; {a} bot {va} an und {b} {vb}: jeder ist zu seinem Anteil an den {volume} bepreist.</translation>
    </message>
    <message>
        <source>{a} and {b} each hold the terms they offered at a smaller volume.</source>
        <translation>{a} und {b} halten beide die angebotenen Bedingungen auch bei kleinerer Menge.</translation>
    </message>
    <message>
        <source>{a} and {b} each hold the terms they offered at their share of the volume, which for {less} can be more than it offered — ask whether its terms hold for more.</source>
        <translation>{a} und {b} halten beide die angebotenen Bedingungen bei ihrem Anteil an der Menge, der für {less} größer sein kann als angeboten — fragen Sie, ob die Bedingungen auch für mehr gelten.</translation>
    </message>
    <message>
        <source>{a} and {b} each hold the terms they offered at their share of the volume, which can be more than either offered — ask whether their terms hold for more.</source>
        <translation>{a} und {b} halten beide die angebotenen Bedingungen bei ihrem Anteil an der Menge, der größer sein kann als das Angebot beider — fragen Sie, ob die Bedingungen auch für mehr gelten.</translation>
    </message>
    <message>
        <source>Price breaks as entered apply to each supplier&apos;s own share; each supplier ships and invoices its own share (freight per order, financing of its payment term).</source>
        <translation>Preisstaffeln gelten wie eingegeben für den eigenen Anteil jedes Lieferanten; jeder Lieferant liefert und berechnet seinen eigenen Anteil (Fracht pro Bestellung, Finanzierung seiner Zahlungsbedingung).</translation>
    </message>
    <message>
        <source>A supply-risk value of {risk:g} points per whole share held by the smaller supplier is counted (at 50/50: half of it).</source>
        <translation>Ein Wert für das Lieferrisiko von {risk:g} Punkten pro ganzem Anteil des kleineren Lieferanten wird gezählt (bei 50/50: die Hälfte davon).</translation>
    </message>
    <message>
        <source>No supply-risk value is counted (a second source&apos;s security is worth 0 points unless you add one).</source>
        <translation>Kein Wert für das Lieferrisiko wird gezählt (die Sicherheit einer zweiten Quelle ist 0 Punkte wert, solange Sie keinen angeben).</translation>
    </message>
    <message>
        <source>At {shares} for {a}, a supplier&apos;s share is below the volume issue&apos;s range ({range}): it is priced at the units shipped, but a price quoted for {low} or more may not hold for fewer — ask.</source>
        <translation>Bei {shares} für {a} liegt der Anteil eines Lieferanten unter dem Bereich des Mengen-Verhandlungspunkts ({range}): er wird zu den gelieferten Stück bepreist, aber ein Preis für {low} oder mehr gilt für weniger vielleicht nicht — fragen Sie nach.</translation>
    </message>
    <message>
        <source>At {shares} for {a}, a supplier&apos;s share is above the volume issue&apos;s range ({range}): it is priced at the units shipped, but a price quoted for {high} or fewer may not hold for more — ask.</source>
        <translation>Bei {shares} für {a} liegt der Anteil eines Lieferanten über dem Bereich des Mengen-Verhandlungspunkts ({range}): er wird zu den gelieferten Stück bepreist, aber ein Preis für {high} oder weniger gilt für mehr vielleicht nicht — fragen Sie nach.</translation>
    </message>
    <message>
        <source>Splitting {volume} {share_a}/{share_b} between {a} and {b}</source>
        <translation>Eine Aufteilung von {volume} {share_a}/{share_b} zwischen {a} und {b}</translation>
    </message>
    <message>
        <source>Splitting {share_a}/{share_b} between {a} and {b}</source>
        <translation>Eine Aufteilung {share_a}/{share_b} zwischen {a} und {b}</translation>
    </message>
    <message>
        <source>on points it is the same</source>
        <translation>nach Punkten ist sie gleich</translation>
    </message>
    <message>
        <source>on points it is {gap:.1f} below</source>
        <translation>nach Punkten liegt sie {gap:.1f} darunter</translation>
    </message>
    <message>
        <source>on points it is {gap:.1f} above</source>
        <translation>nach Punkten liegt sie {gap:.1f} darüber</translation>
    </message>
    <message>
        <source>{split}: against awarding all to {single}, {points}.</source>
        <translation>{split}: gegenüber der Vergabe von allem an {single} gilt: {points}.</translation>
    </message>
    <message>
        <source>{split} costs the same as awarding all to {single}; {points}.</source>
        <translation>{split} kostet dasselbe wie die Vergabe von allem an {single}; {points}.</translation>
    </message>
    <message>
        <source>{split} costs {money} more than awarding all to {single}; {points}.</source>
        <translation>{split} kostet {money} mehr als die Vergabe von allem an {single}; {points}.</translation>
    </message>
    <message>
        <source>{split} saves {money} against awarding all to {single}; {points}.</source>
        <translation>{split} spart {money} gegenüber der Vergabe von allem an {single}; {points}.</translation>
    </message>
    <message>
        <source>a split needs two different suppliers</source>
        <translation>eine Aufteilung braucht zwei verschiedene Lieferanten</translation>
    </message>
    <message>
        <source>steps must be a whole number of at least 2</source>
        <translation>die Schritte müssen eine ganze Zahl von mindestens 2 sein</translation>
    </message>
    <message>
        <source>the volume to split must be a number of units above 0</source>
        <translation>die aufzuteilende Menge muss eine Stückzahl über 0 sein</translation>
    </message>
    <message>
        <source>the supply-risk value must be a number of points ≥ 0</source>
        <translation>der Wert für das Lieferrisiko muss eine Punktzahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>quote {package}</source>
        <extracomment>The plan&apos;s fields that belong to one supplier (the same names in :class:`SupplierRecord`). names of the plan&apos;s packages that are this supplier&apos;s quotes (offers they made)</extracomment>
        <translation>Preisangebot {package}</translation>
    </message>
    <message>
        <source>round {round}, option {option} (accepted)</source>
        <translation>Runde {round}, Option {option} (akzeptiert)</translation>
    </message>
    <message>
        <source>round {round}, their counter-offer</source>
        <translation>Runde {round}, Gegenangebot der Gegenseite</translation>
    </message>
    <message>
        <source>the agreement</source>
        <comment>an offer held</comment>
        <translation>die Einigung</translation>
    </message>
    <message>
        <source>there is already a supplier called {name}, which differs only in capitals</source>
        <translation>es gibt schon einen Lieferanten namens {name}, der sich nur in der Groß- und Kleinschreibung unterscheidet</translation>
    </message>
    <message>
        <source>{index} is beyond the {count} suppliers</source>
        <translation>{index} liegt jenseits der {count} Lieferanten</translation>
    </message>
    <message>
        <source>with several suppliers each needs a name</source>
        <translation>bei mehreren Lieferanten braucht jeder einen Namen</translation>
    </message>
    <message>
        <source>two suppliers are called {name}</source>
        <translation>zwei Lieferanten heißen {name}</translation>
    </message>
    <message>
        <source>{package} is already a quote of {supplier}</source>
        <translation>{package} ist schon ein Preisangebot von {supplier}</translation>
    </message>
    <message>
        <source>opposed</source>
        <extracomment>the words for an issue&apos;s direction (``inference.DIRECTION_LABELS``), marked for the catalogue</extracomment>
        <translation>gegenläufig</translation>
    </message>
    <message>
        <source>compatible</source>
        <translation>gleichläufig</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>opposed-interests prior</source>
        <extracomment>Packages sampled for the density. Histogram bins along each axis. Credible mass of the interval shown for their value of a package. Posterior samples (equally weighted) the 80 % interval of a package&apos;s value is read from.
----------
what the values are, in words (shown: the outcome plot, the briefing)</extracomment>
        <translation>Annahme gegensätzlicher Interessen</translation>
    </message>
    <message>
        <source>estimate from 1 observation</source>
        <translation>Schätzung aus 1 Beobachtung</translation>
    </message>
    <message>
        <source>estimate from {count} observations</source>
        <translation>Schätzung aus {count} Beobachtungen</translation>
    </message>
    <message>
        <source>({mean:.1f}; 80 %: {low:.1f}–{high:.1f}; 0 = ours, 1 = theirs)</source>
        <extracomment>Rationality of the logit choice model, per point on the 0..100 scale (docs/decisions.md). Posterior samples kept per plan. Width of the credible intervals reported for the weights. Resample (and rejuvenate) when the effective sample size falls below this share. Metropolis–Hastings sweeps after each resampling. Correlation (across an issue&apos;s options/knots) between their values and ours beyond which a sample counts as opposed (≤ −) or compatible (≥ +). The sample derivation the posterior calls, looked up at call time so that a diagnostic can wrap it (``benchmarks/simulate_counterparts.py --known-curves``).</extracomment>
        <translation>({mean:.1f}; 80 %: {low:.1f}–{high:.1f}; 0 = unsere, 1 = die der Gegenseite)</translation>
    </message>
    <message>
        <source>Their choices suggest they believe their own forecast of {event} {numbers}</source>
        <translation>Die Wahl der Gegenseite deutet darauf hin, dass sie ihrer eigenen Prognose für {event} glaubt {numbers}</translation>
    </message>
    <message>
        <source>Their choices suggest they share our forecast of {event} {numbers}</source>
        <translation>Die Wahl der Gegenseite deutet darauf hin, dass sie unsere Prognose für {event} teilt {numbers}</translation>
    </message>
    <message>
        <source>Their choices do not tell yet whether they believe their own forecast of {event} {numbers}</source>
        <translation>Die Wahl der Gegenseite zeigt noch nicht, ob sie ihrer eigenen Prognose für {event} glaubt {numbers}</translation>
    </message>
    <message>
        <source>{issue}: {weight:.0f} % (80 % between {low:.0f} and {high:.0f} %), top issue {top:.0f} %, {direction} {share:.0f} %</source>
        <translation>{issue}: {weight:.0f} % (80 % zwischen {low:.0f} und {high:.0f} %), wichtigster Verhandlungspunkt {top:.0f} %, {direction} {share:.0f} %</translation>
    </message>
    <message>
        <source>estimate</source>
        <extracomment>the label of values given by weights (marked for the catalogue; shown as ``tr(ESTIMATE)``)</extracomment>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>option {option} of round {round}</source>
        <translation>Option {option} aus Runde {round}</translation>
    </message>
    <message>
        <source>the first agreement</source>
        <translation>die erste Vereinbarung</translation>
    </message>
    <message>
        <source>{place} ({supplier})</source>
        <comment>a place in another supplier&apos;s history</comment>
        <translation>{place} ({supplier})</translation>
    </message>
    <message>
        <source>Two events are called {name}</source>
        <translation>Zwei Ereignisse heißen {name}</translation>
    </message>
    <message>
        <source>1 contingent clause dropped from {packages}</source>
        <translation>1 bedingte Klausel entfernt aus {packages}</translation>
    </message>
    <message>
        <source>{count} contingent clauses dropped from {packages}</source>
        <translation>{count} bedingte Klauseln entfernt aus {packages}</translation>
    </message>
    <message>
        <source>There is already an event called {name}</source>
        <translation>Es gibt schon ein Ereignis namens {name}</translation>
    </message>
    <message>
        <source>Event {name} added.</source>
        <translation>Ereignis {name} hinzugefügt.</translation>
    </message>
    <message>
        <source>There is no event called {name}</source>
        <translation>Es gibt kein Ereignis namens {name}</translation>
    </message>
    <message>
        <source>Event {old} renamed to {new}.</source>
        <translation>Ereignis {old} umbenannt in {new}.</translation>
    </message>
    <message>
        <source>Event {name} changed.</source>
        <translation>Ereignis {name} geändert.</translation>
    </message>
    <message>
        <source>Event {name} removed.</source>
        <translation>Ereignis {name} entfernt.</translation>
    </message>
    <message>
        <source>Add event {name}</source>
        <translation>Ereignis {name} hinzufügen</translation>
    </message>
    <message>
        <source>Remove event {name}</source>
        <translation>Ereignis {name} entfernen</translation>
    </message>
    <message>
        <source>There is no package called {name}</source>
        <translation>Es gibt kein Paket namens {name}</translation>
    </message>
    <message>
        <source>There is no issue called {name}</source>
        <translation>Es gibt keinen Verhandlungspunkt namens {name}</translation>
    </message>
    <message>
        <source>never applies: {event} cannot fall below {bound}</source>
        <comment>after: The clause on &lt;issue&gt;</comment>
        <translation>greift nie: {event} kann nicht unter {bound} fallen</translation>
    </message>
    <message>
        <source>never applies: {event} cannot rise above {bound}</source>
        <comment>after: The clause on &lt;issue&gt;</comment>
        <translation>greift nie: {event} kann nicht über {bound} steigen</translation>
    </message>
    <message>
        <source>The clause on {issue} {problem}</source>
        <translation>Die Klausel zu {issue}: {problem}</translation>
    </message>
    <message>
        <source>{issue} in {package}: clause changed.</source>
        <translation>{issue} in {package}: Klausel geändert.</translation>
    </message>
    <message>
        <source>{issue} in {package} made contingent on {event}.</source>
        <translation>{issue} in {package} hängt jetzt von {event} ab.</translation>
    </message>
    <message>
        <source>{issue} in {package} has no contingent clause.</source>
        <translation>{issue} in {package} hat keine bedingte Klausel.</translation>
    </message>
    <message>
        <source>{issue} in {package} is fixed again at {term}.</source>
        <translation>{issue} in {package} ist wieder fest bei {term}.</translation>
    </message>
    <message>
        <source>Fix {issue} in {package}</source>
        <translation>{issue} in {package} festschreiben</translation>
    </message>
    <message>
        <source>Make {issue} in {package} contingent</source>
        <translation>{issue} in {package} bedingt machen</translation>
    </message>
    <message>
        <source>Outcome of {name} cleared.</source>
        <translation>Ergebnis von {name} gelöscht.</translation>
    </message>
    <message>
        <source>1 clause dropped from {places}</source>
        <translation>1 Klausel entfernt aus {places}</translation>
    </message>
    <message>
        <source>{count} clauses dropped from {places}</source>
        <translation>{count} Klauseln entfernt aus {places}</translation>
    </message>
    <message>
        <source>Outcome: {value} is not one of {states}</source>
        <translation>Ergebnis: {value} ist keiner von {states}</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between states</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source>Outcome: must be a finite number</source>
        <translation>Ergebnis: muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>Outcome: {value} is outside the event&apos;s bounds {low}–{high}</source>
        <translation>Ergebnis: {value} liegt außerhalb der Grenzen des Ereignisses {low}–{high}</translation>
    </message>
    <message>
        <source>Outcome of {name}: {value}.</source>
        <translation>Ergebnis von {name}: {value}.</translation>
    </message>
    <message>
        <source>a pairwise answer needs two different issues</source>
        <translation>eine paarweise Antwort braucht zwei verschiedene Verhandlungspunkte</translation>
    </message>
    <message>
        <source>the answer names no term</source>
        <translation>die Antwort nennt keine Bedingung</translation>
    </message>
    <message>
        <source>unknown kind of answer {kind}</source>
        <translation>unbekannte Art von Antwort {kind}</translation>
    </message>
    <message>
        <source>trust must lie between 0 and 1</source>
        <translation>das Vertrauen muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>{name} is not one of the plan&apos;s issues</source>
        <translation>{name} ist keiner der Verhandlungspunkte des Plans</translation>
    </message>
    <message>
        <source>a supplier needs a name</source>
        <translation>ein Lieferant braucht einen Namen</translation>
    </message>
    <message>
        <source>name the current supplier first (File ▸ Plan Properties…: counterpart)</source>
        <translation>benennen Sie zuerst den aktuellen Lieferanten (Datei ▸ Planeigenschaften…: Gegenseite)</translation>
    </message>
    <message>
        <source>there is already a supplier called {name}</source>
        <translation>es gibt schon einen Lieferanten namens {name}</translation>
    </message>
    <message>
        <source>Added the supplier {name}; switch to it to record its quotes and rounds.</source>
        <translation>Lieferant {name} hinzugefügt; wechseln Sie zu ihm, um seine Preisangebote und Runden zu erfassen.</translation>
    </message>
    <message>
        <source>there is no supplier called {name}</source>
        <translation>es gibt keinen Lieferanten namens {name}</translation>
    </message>
    <message>
        <source>Renamed the supplier {old} to {new}.</source>
        <translation>Lieferant {old} umbenannt in {new}.</translation>
    </message>
    <message>
        <source>a plan keeps at least one supplier</source>
        <translation>ein Plan behält mindestens einen Lieferanten</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 Runde</translation>
    </message>
    <message>
        <source>{count} rounds</source>
        <translation>{count} Runden</translation>
    </message>
    <message>
        <source>its agreement</source>
        <translation>seiner Einigung</translation>
    </message>
    <message>
        <source>1 quote (kept as packages)</source>
        <translation>1 Preisangebot (als Paket behalten)</translation>
    </message>
    <message>
        <source>{count} quotes (kept as packages)</source>
        <translation>{count} Preisangeboten (als Pakete behalten)</translation>
    </message>
    <message>
        <source>Removed the supplier {name} with {what}. Undo brings it back.</source>
        <translation>Lieferant {name} entfernt, mit {what}. Rückgängig bringt ihn zurück.</translation>
    </message>
    <message>
        <source>Removed the supplier {name}. Undo brings it back.</source>
        <translation>Lieferant {name} entfernt. Rückgängig bringt ihn zurück.</translation>
    </message>
    <message>
        <source>The outside option</source>
        <translation>Die externe Option</translation>
    </message>
    <message>
        <source>The BATNA no longer follows the market. There is no competing quote: no other supplier has made an offer and there is no outside option; your reservation stays at {reservation:.1f}, set by hand.</source>
        <translation>Die BATNA folgt nicht mehr dem Markt. Es gibt kein Konkurrenzangebot: Kein anderer Lieferant hat ein Angebot gemacht, und es gibt keine externe Option; Ihr Reservationswert bleibt bei {reservation:.1f}, von Hand gesetzt.</translation>
    </message>
    <message>
        <source>{source}, kept when the BATNA stopped following the market</source>
        <translation>{source}, beibehalten, als die BATNA nicht mehr dem Markt folgte</translation>
    </message>
    <message>
        <source>The BATNA no longer follows the market: the competing quote keeps the terms of {source} ({points:.1f} points); the reservation follows it.</source>
        <translation>Die BATNA folgt nicht mehr dem Markt: Das Konkurrenzangebot behält die Bedingungen von {source} ({points:.1f} Punkte); der Reservationswert folgt ihm.</translation>
    </message>
    <message>
        <source>The BATNA no longer follows the market: the competing quote keeps the terms of {source} ({points:.1f} points).</source>
        <translation>Die BATNA folgt nicht mehr dem Markt: Das Konkurrenzangebot behält die Bedingungen von {source} ({points:.1f} Punkte).</translation>
    </message>
    <message>
        <source>follows the market</source>
        <translation>folgt dem Markt</translation>
    </message>
    <message>
        <source>The BATNA follows the market: our BATNA is now {source} ({points:.1f} points); the reservation follows it.</source>
        <translation>Die BATNA folgt dem Markt: unsere BATNA ist jetzt {source} ({points:.1f} Punkte); der Reservationswert folgt ihr.</translation>
    </message>
    <message>
        <source>The BATNA follows the market: our BATNA is now {source} ({points:.1f} points).</source>
        <translation>Die BATNA folgt dem Markt: unsere BATNA ist jetzt {source} ({points:.1f} Punkte).</translation>
    </message>
    <message>
        <source>The BATNA follows the market: no other supplier has made an offer yet, and there is no outside option; the reservation follows it.</source>
        <translation>Die BATNA folgt dem Markt: noch hat kein anderer Lieferant ein Angebot gemacht, und es gibt keine externe Option; der Reservationswert folgt ihr.</translation>
    </message>
    <message>
        <source>The BATNA follows the market: no other supplier has made an offer yet, and there is no outside option.</source>
        <translation>Die BATNA folgt dem Markt: noch hat kein anderer Lieferant ein Angebot gemacht, und es gibt keine externe Option.</translation>
    </message>
    <message>
        <source>The BATNA no longer follows the market: the outside option is the competing quote again.</source>
        <translation>Die BATNA folgt nicht mehr dem Markt: die externe Option ist wieder das Konkurrenzangebot.</translation>
    </message>
    <message>
        <source>Field required</source>
        <extracomment>Longest error line (characters) any file or input can produce. Longest echo of a name or value inside an error line. pydantic&apos;s own reasons (by error type) in the user&apos;s language; the others stay as pydantic words them. English keeps pydantic&apos;s text as it is.</extracomment>
        <translation>Feld erforderlich</translation>
    </message>
    <message>
        <source>Extra inputs are not permitted</source>
        <translation>Zusätzliche Angaben sind nicht erlaubt</translation>
    </message>
    <message>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>Eingabe sollte eine gültige Zahl sein; der Text lässt sich nicht als Zahl lesen</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>Eingabe sollte eine gültige Zahl sein</translation>
    </message>
    <message>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>Eingabe sollte eine gültige ganze Zahl sein; der Text lässt sich nicht als ganze Zahl lesen</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>Eingabe sollte eine gültige ganze Zahl sein</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>Eingabe sollte eine gültige ganze Zahl sein, erhalten wurde eine Zahl mit Nachkommastellen</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>Eingabe sollte ein gültiger Text sein</translation>
    </message>
    <message>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>Eingabe sollte ein gültiger Wahrheitswert sein; die Eingabe lässt sich nicht deuten</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>Eingabe sollte ein gültiger Wahrheitswert sein</translation>
    </message>
    <message>
        <source>Input should be a finite number</source>
        <translation>Eingabe sollte eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>Input should be a valid dictionary</source>
        <translation>Eingabe sollte ein gültiges Wörterbuch sein</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>Eingabe sollte eine gültige Liste sein</translation>
    </message>
    <message>
        <source>expected a value</source>
        <extracomment>pydantic&apos;s reasons that name Python&apos;s types rather than what a file holds: reworded in English too (a plan&apos;s lists are tuples inside; the file holds a list). Python&apos;s reasons for broken JSON (``json.JSONDecodeError.msg``, by how each begins) in plain words; the line and column follow them.</extracomment>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>expected a comma</source>
        <translation>Komma erwartet</translation>
    </message>
    <message>
        <source>expected a colon</source>
        <translation>Doppelpunkt erwartet</translation>
    </message>
    <message>
        <source>expected a name in double quotes</source>
        <translation>Name in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>an unclosed quotation mark</source>
        <translation>ein nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>a control character inside quotation marks</source>
        <translation>ein Steuerzeichen in Anführungszeichen</translation>
    </message>
    <message>
        <source>an invalid Unicode escape</source>
        <translation>eine ungültige Unicode-Escape-Sequenz</translation>
    </message>
    <message>
        <source>a backslash that starts no escape</source>
        <translation>ein Backslash ohne gültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>more text after the end</source>
        <translation>weiterer Text nach dem Ende</translation>
    </message>
    <message>
        <source>a comma before a closing bracket</source>
        <translation>ein Komma vor einer schließenden Klammer</translation>
    </message>
    <message>
        <source>{reason} at line {line}, column {column}</source>
        <translation>{reason} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>Input should be a valid date</source>
        <translation>Eingabe sollte ein gültiges Datum sein</translation>
    </message>
    <message>
        <source>Input should be a valid date or datetime</source>
        <translation>Eingabe sollte ein gültiges Datum oder ein gültiger Zeitpunkt sein</translation>
    </message>
    <message>
        <source>Input should be a valid datetime</source>
        <translation>Eingabe sollte ein gültiger Zeitpunkt sein</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {ge}</source>
        <translation>Eingabe sollte größer oder gleich {ge} sein</translation>
    </message>
    <message>
        <source>Input should be greater than {gt}</source>
        <translation>Eingabe sollte größer als {gt} sein</translation>
    </message>
    <message>
        <source>Input should be less than or equal to {le}</source>
        <translation>Eingabe sollte kleiner oder gleich {le} sein</translation>
    </message>
    <message>
        <source>Input should be less than {lt}</source>
        <translation>Eingabe sollte kleiner als {lt} sein</translation>
    </message>
    <message>
        <source>Input should be {expected}</source>
        <translation>Eingabe sollte {expected} sein</translation>
    </message>
    <message>
        <source>MESO Desk debrief</source>
        <extracomment>Body font sizes tried, largest first, to keep the debrief on one page. Rounds the page keeps when it must leave older ones out to stay one page. Tighter headings than the briefing&apos;s: the debrief is one page.</extracomment>
        <translation>MESO Desk – Nachbesprechung</translation>
    </message>
    <message>
        <source>{percent:.0f} %</source>
        <comment>a weight</comment>
        <translation>{percent:.0f} %</translation>
    </message>
    <message>
        <source>{red}■&lt;/span&gt; below the walk-away {reservation:.1f} &amp;nbsp; {green}■&lt;/span&gt; the agreement {agreement:.1f} &amp;nbsp; {grey}■&lt;/span&gt; up to the aspiration {aspiration:.1f} &amp;nbsp; (0–100 points)</source>
        <translation>{red}■&lt;/span&gt; unter dem Ausstiegspunkt {reservation:.1f} &amp;nbsp; {green}■&lt;/span&gt; die Einigung {agreement:.1f} &amp;nbsp; {grey}■&lt;/span&gt; bis zum Anspruchsniveau {aspiration:.1f} &amp;nbsp; (0–100 Punkte)</translation>
    </message>
    <message>
        <source>Our weight</source>
        <translation>Unser Gewicht</translation>
    </message>
    <message>
        <source>Agreed</source>
        <comment>column</comment>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Agreed first</source>
        <translation>Zuerst vereinbart</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>table row</comment>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Our points of the agreement at this outcome: &lt;b&gt;{actual:.1f}&lt;/b&gt; (expected at signing {expected:.1f}, {difference:+.1f}).</source>
        <translation>Unsere Punkte der Einigung bei diesem Ergebnis: &lt;b&gt;{actual:.1f}&lt;/b&gt; (erwartet bei Unterzeichnung {expected:.1f}, {difference:+.1f}).</translation>
    </message>
    <message>
        <source>{outcome} Expected at signing: {expected:.1f} points (our forecast).</source>
        <translation>{outcome} Erwartet bei Unterzeichnung: {expected:.1f} Punkte (unsere Prognose).</translation>
    </message>
    <message>
        <source>Debrief: {title}</source>
        <translation>Nachbesprechung: {title}</translation>
    </message>
    <message>
        <source>agreed {date}</source>
        <translation>vereinbart am {date}</translation>
    </message>
    <message>
        <source>agreement undated</source>
        <translation>Einigung ohne Datum</translation>
    </message>
    <message>
        <source>debriefed {date}</source>
        <translation>nachbesprochen am {date}</translation>
    </message>
    <message>
        <source>The agreement</source>
        <comment>debrief heading</comment>
        <translation>Die Einigung</translation>
    </message>
    <message>
        <source>Weights: ours as set in the plan; theirs estimated ({basis}), 80 % range in brackets. Frontier: the most we could have had at no cost to them (estimate).</source>
        <translation>Gewichte: unsere wie im Plan festgelegt; die der Gegenseite geschätzt ({basis}), 80-%-Bereich in Klammern. Grenze: das Meiste, das wir ohne Nachteil für die Gegenseite hätten haben können (Schätzung).</translation>
    </message>
    <message>
        <source>Weights: ours as set in the plan; theirs estimated ({basis}), 80 % range in brackets.</source>
        <translation>Gewichte: unsere wie im Plan festgelegt; die der Gegenseite geschätzt ({basis}), 80-%-Bereich in Klammern.</translation>
    </message>
    <message>
        <source>Value left on the table (estimate)</source>
        <translation>Auf dem Tisch gelassener Wert (Schätzung)</translation>
    </message>
    <message>
        <source>What each round revealed</source>
        <translation>Was jede Runde verraten hat</translation>
    </message>
    <message>
        <source>{count} earlier round not shown</source>
        <translation>{count} frühere Runde nicht gezeigt</translation>
    </message>
    <message>
        <source>{count} earlier rounds not shown</source>
        <translation>{count} frühere Runden nicht gezeigt</translation>
    </message>
    <message>
        <source>Round {number}:</source>
        <comment>debrief</comment>
        <translation>Runde {number}:</translation>
    </message>
    <message>
        <source>Who must approve, and the relationship</source>
        <translation>Wer freigeben muss, und die Beziehung</translation>
    </message>
    <message>
        <source>None written yet — add them in the Deal panel.</source>
        <translation>Noch keine geschrieben — ergänzen Sie sie im Bereich Abschluss.</translation>
    </message>
    <message>
        <source>MESO Desk summary for approvers</source>
        <translation>MESO Desk – Zusammenfassung für die Freigabe</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>For approval: {title}</source>
        <translation>Zur Freigabe: {title}</translation>
    </message>
    <message>
        <source>No packages yet.</source>
        <translation>Noch keine Pakete.</translation>
    </message>
    <message>
        <source>Our points 0–100 (reservation {reservation:.1f}, aspiration {aspiration:.1f}).</source>
        <translation>Unsere Punkte 0–100 (Reservationswert {reservation:.1f}, Anspruchsniveau {aspiration:.1f}).</translation>
    </message>
    <message>
        <source>Who must approve</source>
        <translation>Wer freigeben muss</translation>
    </message>
    <message>
        <source>Package by package:</source>
        <translation>Paket für Paket:</translation>
    </message>
    <message>
        <source>None recorded (File ▸ Plan Properties).</source>
        <translation>Keine erfasst (Datei ▸ Planeigenschaften).</translation>
    </message>
    <message>
        <source>Risks</source>
        <comment>summary heading</comment>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>None found: every package on the table is acceptable and above the reservation.</source>
        <translation>Keine gefunden: Jedes Paket auf dem Tisch ist akzeptabel und liegt über dem Reservationswert.</translation>
    </message>
    <message>
        <source>A4, three cards with cut marks</source>
        <extracomment>In English (marked for the catalogue): shown as ``tr(layout.label)``. Page size in millimetres (as oriented).</extracomment>
        <translation>A4, drei Karten mit Schnittmarken</translation>
    </message>
    <message>
        <source>Letter, three cards with cut marks</source>
        <translation>Letter, drei Karten mit Schnittmarken</translation>
    </message>
    <message>
        <source>A5, one card per page</source>
        <translation>A5, eine Karte pro Seite</translation>
    </message>
    <message>
        <source>A6, one card per page</source>
        <translation>A6, eine Karte pro Seite</translation>
    </message>
    <message>
        <source>unknown layout {key!r}; choose one of {layouts}</source>
        <translation>unbekanntes Layout {key!r}; wählen Sie eines von {layouts}</translation>
    </message>
    <message>
        <source>no cards to print</source>
        <extracomment>A contingent term&apos;s sentence, under the term across the card. The fonts of the label and value columns (fitted to their width on every device). Per row, the height of the label and value before a contingent term&apos;s sentence (0: none). Per font, the width of the cards&apos; own words (:meth:`CardRenderer._sample`) where measured.</extracomment>
        <translation>keine Karten zu drucken</translation>
    </message>
    <message>
        <source>{path}: the folder does not exist</source>
        <translation>{path}: Der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>{path}: cannot write the PDF</source>
        <extracomment>Resolution of written PDFs (coordinates only: text and lines stay vectors).</extracomment>
        <translation>{path}: Das PDF kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>{path}: the PDF could not be made; nothing was written</source>
        <translation>{path}: Das PDF konnte nicht erstellt werden; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>{path}: cannot write the image</source>
        <translation>{path}: Das Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the printer could not be opened</source>
        <translation>der Drucker konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Apply and close this window</source>
        <extracomment>what a screen reader says after the name of a dialog&apos;s standard button (its description)</extracomment>
        <translation>Übernehmen und dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Save and close this window</source>
        <translation>Speichern und dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Apply without closing this window</source>
        <translation>Übernehmen, ohne dieses Fenster zu schließen</translation>
    </message>
    <message>
        <source>Close this window without changes</source>
        <translation>Dieses Fenster ohne Änderungen schließen</translation>
    </message>
    <message>
        <source>Close without saving the changes</source>
        <translation>Schließen, ohne die Änderungen zu speichern</translation>
    </message>
    <message>
        <source>Answer yes</source>
        <translation>Mit Ja antworten</translation>
    </message>
    <message>
        <source>Answer no</source>
        <translation>Mit Nein antworten</translation>
    </message>
    <message>
        <source>Open the guide at this window&apos;s page</source>
        <translation>Das Handbuch auf der Seite zu diesem Fenster öffnen</translation>
    </message>
    <message>
        <source>Put back the values this window started with</source>
        <translation>Die Werte wiederherstellen, mit denen dieses Fenster begonnen hat</translation>
    </message>
    <message>
        <source>Put back the default values</source>
        <translation>Die Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>export packages, MESO sets, rounds and the estimate to .xlsx or CSV (INTERNAL)</source>
        <extracomment>the commands&apos; one-line help (marked for the catalogue; translated where shown: the command&apos;s description below, the list of commands in ``meso-desk --help``)</extracomment>
        <translation>Pakete, MESO-Sets, Runden und die Schätzung als .xlsx oder CSV exportieren (INTERN)</translation>
    </message>
    <message>
        <source>add supplier quotes (one row each, columns named like the issues) as packages</source>
        <translation>Preisangebote von Lieferanten als Pakete hinzufügen (je eine Zeile, Spalten benannt wie die Verhandlungspunkte)</translation>
    </message>
    <message>
        <source>write the plan as a GENIUS domain and profile (XML) and a GeniusWeb profile (JSON)</source>
        <translation>den Plan als GENIUS-Domäne und -Profil (XML) und als GeniusWeb-Profil (JSON) schreiben</translation>
    </message>
    <message>
        <source>turn a GeniusWeb linear additive profile (JSON) into a plan</source>
        <translation>ein linear-additives GeniusWeb-Profil (JSON) in einen Plan umwandeln</translation>
    </message>
    <message>
        <source>write the INTERNAL one-page summary for approvers (PDF)</source>
        <translation>die INTERNE einseitige Zusammenfassung für die Freigabe schreiben (PDF)</translation>
    </message>
    <message>
        <source>wrote {path} (INTERNAL: never send it to the counterpart)</source>
        <translation>{path} geschrieben (INTERN: niemals an die Gegenseite senden)</translation>
    </message>
    <message>
        <source>OUT.xlsx (one sheet per table) or OUT.csv (one file per table)</source>
        <translation>OUT.xlsx (ein Blatt je Tabelle) oder OUT.csv (eine Datei je Tabelle)</translation>
    </message>
    <message>
        <source>only this table</source>
        <translation>nur diese Tabelle</translation>
    </message>
    <message>
        <source>{source}: {error} (and {more} more)</source>
        <translation>{source}: {error} (und {more} weitere)</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file, one row per quote</source>
        <translation>eine .csv- oder .xlsx-Datei, eine Zeile je Preisangebot</translation>
    </message>
    <message>
        <source>the new .meso file</source>
        <translation>die neue .meso-Datei</translation>
    </message>
    <message>
        <source>wrote {domain}, {profile} (GENIUS) and {json} (GeniusWeb); the profiles are INTERNAL: our weights, reservation and BATNA — never send them to the counterpart</source>
        <translation>{domain}, {profile} (GENIUS) und {json} (GeniusWeb) geschrieben; die Profile sind INTERN: unsere Gewichte, unser Reservationswert und unsere BATNA — nie an die Gegenseite senden</translation>
    </message>
    <message>
        <source>not held: {note}</source>
        <translation>nicht übernommen: {note}</translation>
    </message>
    <message>
        <source>the folder to write into (created if missing)</source>
        <translation>der Zielordner (wird angelegt, falls er fehlt)</translation>
    </message>
    <message>
        <source>overwrite the domain and profile files if they exist</source>
        <translation>Domänen- und Profildateien überschreiben, falls vorhanden</translation>
    </message>
    <message>
        <source>a GeniusWeb profile (.json)</source>
        <translation>ein GeniusWeb-Profil (.json)</translation>
    </message>
    <message>
        <source>{path}: the summary must end in .pdf</source>
        <translation>{path}: die Zusammenfassung muss auf .pdf enden</translation>
    </message>
    <message>
        <source>wrote {path}: INTERNAL summary for approvers, 1 page</source>
        <translation>{path} geschrieben: INTERNE Zusammenfassung für die Freigabe, 1 Seite</translation>
    </message>
    <message>
        <source>wrote {path}: INTERNAL summary for approvers, {pages} pages</source>
        <translation>{path} geschrieben: INTERNE Zusammenfassung für die Freigabe, {pages} Seiten</translation>
    </message>
    <message>
        <source>the summary PDF</source>
        <translation>das PDF der Zusammenfassung</translation>
    </message>
    <message>
        <source>also print the summary as text</source>
        <translation>die Zusammenfassung auch als Text ausgeben</translation>
    </message>
    <message>
        <source>the supplier edits are not part of this version</source>
        <extracomment>helper module of the supplier edits (add, switch, rename, remove …)</extracomment>
        <translation>die Änderungen an Lieferanten sind nicht Teil dieser Version</translation>
    </message>
    <message>
        <source>no supplier called {name}; the plan has: {names}</source>
        <translation>kein Lieferant namens {name}; der Plan hat: {names}</translation>
    </message>
    <message>
        <source>1 supplier (INTERNAL: our points and BATNA; the BATNA follows the market)</source>
        <translation>1 Lieferant (INTERN: unsere Punkte und BATNA; die BATNA folgt dem Markt)</translation>
    </message>
    <message>
        <source>{count} suppliers (INTERNAL: our points and BATNA; the BATNA follows the market)</source>
        <translation>{count} Lieferanten (INTERN: unsere Punkte und BATNA; die BATNA folgt dem Markt)</translation>
    </message>
    <message>
        <source>1 supplier (INTERNAL: our points and BATNA; the BATNA is the plan&apos;s competing quote)</source>
        <translation>1 Lieferant (INTERN: unsere Punkte und BATNA; die BATNA ist das Konkurrenzangebot des Plans)</translation>
    </message>
    <message>
        <source>{count} suppliers (INTERNAL: our points and BATNA; the BATNA is the plan&apos;s competing quote)</source>
        <translation>{count} Lieferanten (INTERN: unsere Punkte und BATNA; die BATNA ist das Konkurrenzangebot des Plans)</translation>
    </message>
    <message>
        <source>Best offer held</source>
        <translation>Bestes vorliegendes Angebot</translation>
    </message>
    <message>
        <source>Our BATNA against it</source>
        <translation>Unsere BATNA dagegen</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no offer held</comment>
        <translation>keins</translation>
    </message>
    <message>
        <source>{source} ({points:.1f})</source>
        <comment>a BATNA and its points</comment>
        <translation>{source} ({points:.1f})</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no BATNA</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>* the supplier worked on</source>
        <translation>* der bearbeitete Lieferant</translation>
    </message>
    <message>
        <source>by points</source>
        <extracomment>the order of ``--compare --sort`` in words (marked for the catalogue; the keys stay English)</extracomment>
        <translation>nach Punkten</translation>
    </message>
    <message>
        <source>by cost</source>
        <translation>nach Kosten</translation>
    </message>
    <message>
        <source>by zopa</source>
        <translation>nach ZOPA</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>nach Name</translation>
    </message>
    <message>
        <source>by rounds</source>
        <translation>nach Runden</translation>
    </message>
    <message>
        <source>1 supplier, {order} (INTERNAL: our points, BATNA and estimates)</source>
        <translation>1 Lieferant, {order} (INTERN: unsere Punkte, BATNA und Schätzungen)</translation>
    </message>
    <message>
        <source>{count} suppliers side by side, {order} (INTERNAL: our points, BATNA and estimates)</source>
        <translation>{count} Lieferanten nebeneinander, {order} (INTERN: unsere Punkte, BATNA und Schätzungen)</translation>
    </message>
    <message>
        <source>{name} (worked on) — 1 round</source>
        <translation>{name} (in Bearbeitung) — 1 Runde</translation>
    </message>
    <message>
        <source>{name} — 1 round</source>
        <translation>{name} — 1 Runde</translation>
    </message>
    <message>
        <source>{name} (worked on) — {rounds} rounds</source>
        <translation>{name} (in Bearbeitung) — {rounds} Runden</translation>
    </message>
    <message>
        <source>{name} — {rounds} rounds</source>
        <translation>{name} — {rounds} Runden</translation>
    </message>
    <message>
        <source>best offer:   none held</source>
        <translation>bestes Angebot:  keines liegt vor</translation>
    </message>
    <message>
        <source>best offer:   {offer}: {points:.1f} points, {cost}</source>
        <translation>bestes Angebot:  {offer}: {points:.1f} Punkte, {cost}</translation>
    </message>
    <message>
        <source>best offer:   {offer}: {points:.1f} points</source>
        <translation>bestes Angebot:  {offer}: {points:.1f} Punkte</translation>
    </message>
    <message>
        <source>priorities:   {top} (our estimate)</source>
        <translation>Prioritäten:     {top} (unsere Schätzung)</translation>
    </message>
    <message>
        <source>priorities:   {top} (our prior: no rounds yet)</source>
        <translation>Prioritäten:     {top} (unsere Annahme: noch keine Runden)</translation>
    </message>
    <message>
        <source>ZOPA:         {zopa}</source>
        <translation>ZOPA:            {zopa}</translation>
    </message>
    <message>
        <source>next set:     {count} packages at {level:.1f} points</source>
        <translation>nächstes Set:    {count} Pakete auf {level:.1f} Punkten</translation>
    </message>
    <message>
        <source>next set:     {count} packages</source>
        <translation>nächstes Set:    {count} Pakete</translation>
    </message>
    <message>
        <source>next set:     none — {note}</source>
        <translation>nächstes Set:    keines — {note}</translation>
    </message>
    <message>
        <source>next set:     none</source>
        <translation>nächstes Set:    keines</translation>
    </message>
    <message>
        <source>approvals:    {approvals}</source>
        <translation>Freigaben:       {approvals}</translation>
    </message>
    <message>
        <source>--volume: the plan has no total cost, so no volume is split (Plan ▸ Total Cost…)</source>
        <translation>--volume: der Plan hat keine Gesamtkosten, also wird keine Menge aufgeteilt (Plan ▸ Gesamtkosten…)</translation>
    </message>
    <message>
        <source>Split award between {a} (share) and {b} (INTERNAL)</source>
        <translation>Aufteilung des Auftrags zwischen {a} (Anteil) und {b} (INTERN)</translation>
    </message>
    <message>
        <source>{supplier} share</source>
        <translation>Anteil {supplier}</translation>
    </message>
    <message>
        <source>--switch and --add write a new plan: give -o OUT.meso</source>
        <translation>--switch und --add schreiben einen neuen Plan: geben Sie -o OUT.meso an</translation>
    </message>
    <message>
        <source>now working on {name}</source>
        <translation>jetzt in Bearbeitung: {name}</translation>
    </message>
    <message>
        <source>added {name}</source>
        <translation>{name} hinzugefügt</translation>
    </message>
    <message>
        <source>wrote {path}: {message}</source>
        <translation>{path} geschrieben: {message}</translation>
    </message>
    <message>
        <source>{text}: expected a whole number from 2 to {most}</source>
        <extracomment>the most shares ``--split --steps`` shows (every percent; a larger number only filled memory)</extracomment>
        <translation>{text}: erwartet wird eine ganze Zahl von 2 bis {most}</translation>
    </message>
    <message>
        <source>the suppliers of a sourcing plan: best offers, BATNA, comparison, split awards; edits</source>
        <extracomment>the command&apos;s one-line help (marked for the catalogue; translated where shown)</extracomment>
        <translation>die Lieferanten eines Beschaffungsplans: beste Angebote, BATNA, Vergleich, Aufteilung des Auftrags; Änderungen</translation>
    </message>
    <message>
        <source>--sort goes with --compare</source>
        <translation>--sort gehört zu --compare</translation>
    </message>
    <message>
        <source>-o goes with --switch or --add</source>
        <translation>-o gehört zu --switch oder --add</translation>
    </message>
    <message>
        <source>--volume goes with --split</source>
        <translation>--volume gehört zu --split</translation>
    </message>
    <message>
        <source>--steps goes with --split</source>
        <translation>--steps gehört zu --split</translation>
    </message>
    <message>
        <source>The suppliers of a sourcing plan (docs/suppliers.md). INTERNAL: the output carries our points, BATNA and estimates.</source>
        <translation>Die Lieferanten eines Beschaffungsplans (docs/suppliers.md). INTERN: Die Ausgabe enthält unsere Punkte, BATNA und Schätzungen.</translation>
    </message>
    <message>
        <source>the suppliers side by side: best offer, their priorities, the ZOPA, the next MESO set, approvals</source>
        <translation>die Lieferanten nebeneinander: bestes Angebot, ihre Prioritäten, die ZOPA, das nächste MESO-Set, Freigaben</translation>
    </message>
    <message>
        <source>work on supplier NAME (writes -o OUT)</source>
        <translation>Lieferant NAME bearbeiten (schreibt -o OUT)</translation>
    </message>
    <message>
        <source>add a supplier with no rounds (writes -o OUT)</source>
        <translation>einen Lieferanten ohne Runden hinzufügen (schreibt -o OUT)</translation>
    </message>
    <message>
        <source>a split award between suppliers A and B</source>
        <translation>eine Aufteilung des Auftrags zwischen den Lieferanten A und B</translation>
    </message>
    <message>
        <source>with --compare: the order (default points)</source>
        <translation>mit --compare: die Reihenfolge (Standard: points)</translation>
    </message>
    <message>
        <source>with --split: shares from 0 to 1 (default 11)</source>
        <translation>mit --split: Anteile von 0 bis 1 (Standard 11)</translation>
    </message>
    <message>
        <source>with --split: the units to split (default: the volume of the best single award&apos;s offer)</source>
        <translation>mit --split: die aufzuteilende Menge (Standard: die Menge im Angebot der besten Einzelvergabe)</translation>
    </message>
    <message>
        <source>with --add: their negotiator</source>
        <translation>mit --add: ihr Verhandlungsführer</translation>
    </message>
    <message>
        <source>with --add: how to reach them</source>
        <translation>mit --add: wie sie zu erreichen sind</translation>
    </message>
    <message>
        <source>where an edit writes the plan</source>
        <translation>wohin eine Änderung den Plan schreibt</translation>
    </message>
    <message>
        <source>overwrite OUT (keeps OUT.bak)</source>
        <translation>OUT überschreiben (behält OUT.bak)</translation>
    </message>
    <message>
        <source>approval conditions on {issue} (they no longer apply)</source>
        <translation>Freigabebedingungen zu {issue} (sie gelten nicht mehr)</translation>
    </message>
    <message>
        <source>the total cost model</source>
        <translation>das Gesamtkostenmodell</translation>
    </message>
    <message>
        <source>{count} package(s)</source>
        <translation>Pakete: {count}</translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation>die Vereinbarung</translation>
    </message>
    <message>
        <source>the contingent clauses on it ({places})</source>
        <extracomment>At most this many packages are named (then &quot;3 more packages&quot;).</extracomment>
        <translation>die bedingten Klauseln darauf ({places})</translation>
    </message>
    <message>
        <source>Also changed to fit: {what}.</source>
        <translation>Ebenfalls angepasst: {what}.</translation>
    </message>
    <message>
        <source>Contingent clauses on {issue} dropped (they no longer fit): {places}.</source>
        <translation>Bedingte Klauseln zu {issue} entfernt (sie passen nicht mehr): {places}.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo puts them back.</source>
        <translation>Bearbeiten ▸ Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>{count} recorded round(s)</source>
        <translation>erfasste Runden: {count}</translation>
    </message>
    <message>
        <source>the rounds or agreement of {count} other supplier(s)</source>
        <translation>Runden oder Vereinbarung weiterer Lieferanten: {count}</translation>
    </message>
    <message>
        <source>{place} with {supplier}</source>
        <translation>{place} mit {supplier}</translation>
    </message>
    <message>
        <source>{count} more packages</source>
        <translation>{count} weitere Pakete</translation>
    </message>
    <message>
        <source>{count} offered package(s) in the recorded rounds</source>
        <translation>angebotene Pakete in den erfassten Runden: {count}</translation>
    </message>
    <message>
        <source>Terms on {old} moved to {new}, the nearest option left.</source>
        <translation>Bedingungen mit {old} auf {new} verschoben, die nächstgelegene verbliebene Option.</translation>
    </message>
    <message>
        <source>{approver} now allows only {options} on {issue} ({gone} is gone).</source>
        <translation>{approver} erlaubt bei {issue} jetzt nur noch {options} ({gone} gibt es nicht mehr).</translation>
    </message>
    <message>
        <source>{approver} now allows only {options} on {issue} ({gone} are gone).</source>
        <translation>{approver} erlaubt bei {issue} jetzt nur noch {options} ({gone} gibt es nicht mehr).</translation>
    </message>
    <message>
        <source>With {supplier}: {sentence}</source>
        <translation>Bei {supplier}: {sentence}</translation>
    </message>
    <message>
        <source>Their constituency {party} ({issue} one of {options}) is dropped: none of its options is left.</source>
        <translation>Ihre Anspruchsgruppe {party} ({issue} eine von {options}) entfällt: keine ihrer Optionen ist mehr da.</translation>
    </message>
    <message>
        <source>Their constituency {party} now asks only for {options} on {issue} ({gone} is gone).</source>
        <translation>Ihre Anspruchsgruppe {party} verlangt bei {issue} jetzt nur noch {options} ({gone} gibt es nicht mehr).</translation>
    </message>
    <message>
        <source>Their constituency {party} now asks only for {options} on {issue} ({gone} are gone).</source>
        <translation>Ihre Anspruchsgruppe {party} verlangt bei {issue} jetzt nur noch {options} ({gone} gibt es nicht mehr).</translation>
    </message>
    <message>
        <source>The goodwill on {issue} ({options}) is dropped: none of its options is left.</source>
        <translation>Das Wohlwollen bei {issue} ({options}) entfällt: keine seiner Optionen ist mehr da.</translation>
    </message>
    <message>
        <source>The goodwill on {issue} now comes only with {options} ({gone} is gone).</source>
        <translation>Wohlwollen bei {issue} gibt es jetzt nur noch mit {options} ({gone} gibt es nicht mehr).</translation>
    </message>
    <message>
        <source>The goodwill on {issue} now comes only with {options} ({gone} are gone).</source>
        <translation>Wohlwollen bei {issue} gibt es jetzt nur noch mit {options} ({gone} gibt es nicht mehr).</translation>
    </message>
    <message>
        <source>The condition of {approver} ({requirement}) lies outside the new range {range}: every term passes it now.</source>
        <translation>Die Freigabebedingung von {approver} ({requirement}) liegt außerhalb des neuen Bereichs {range}: jeder Wert erfüllt sie jetzt.</translation>
    </message>
    <message>
        <source>The condition of {approver} ({requirement}) lies outside the new range {range}: no term passes it now.</source>
        <translation>Die Freigabebedingung von {approver} ({requirement}) liegt außerhalb des neuen Bereichs {range}: kein Wert erfüllt sie jetzt.</translation>
    </message>
    <message>
        <source>{option} is in use ({users}): on OK it goes, and its terms move to {nearest}, the nearest option left.</source>
        <translation>{option} wird verwendet ({users}): Mit OK entfällt sie, und ihre Bedingungen gehen auf {nearest}, die nächstgelegene verbliebene Option.</translation>
    </message>
    <message>
        <source>the conditions of {approvers}</source>
        <translation>die Freigabebedingungen von {approvers}</translation>
    </message>
    <message>
        <source>their constituency {party}</source>
        <translation>ihre Anspruchsgruppe {party}</translation>
    </message>
    <message>
        <source>their constituencies {parties}</source>
        <translation>ihre Anspruchsgruppen {parties}</translation>
    </message>
    <message>
        <source>the goodwill on it</source>
        <translation>das Wohlwollen darauf</translation>
    </message>
    <message>
        <source>Also gone with it: their Ask-next answer on it.</source>
        <translation>Ebenfalls entfernt: die Antwort der Gegenseite darauf (Als Nächstes fragen).</translation>
    </message>
    <message>
        <source>Also gone with it: {count} of their Ask-next answers on it.</source>
        <translation>Ebenfalls entfernt: Antworten der Gegenseite darauf (Als Nächstes fragen): {count}.</translation>
    </message>
    <message>
        <source>{approver} has no weights of their own left, so their condition on their points never applies.</source>
        <translation>{approver} hat keine eigene Gewichtung mehr, daher greift die Bedingung auf die eigenen Punkte nie.</translation>
    </message>
    <message>
        <source>No other issue had a weight, so they now weigh the same ({percent:.0f} % each).</source>
        <translation>Kein anderer Verhandlungspunkt hatte ein Gewicht, daher wiegen jetzt alle gleich viel (je {percent:.0f} %).</translation>
    </message>
    <message>
        <source>{number} is above the highest value here, {limit}</source>
        <translation>{number} liegt über dem höchsten Wert hier, {limit}</translation>
    </message>
    <message>
        <source>{number} is below the lowest value here, {limit}</source>
        <translation>{number} liegt unter dem niedrigsten Wert hier, {limit}</translation>
    </message>
    <message>
        <source>Answers to your questions</source>
        <translation>Antworten auf Ihre Fragen</translation>
    </message>
    <message>
        <source>Untick an answer to take it out of this round</source>
        <translation>Haken bei einer Antwort entfernen, um sie aus dieser Runde zu nehmen</translation>
    </message>
    <message>
        <source>the level must be a number of points, not {level}</source>
        <translation>das Niveau muss eine Punktzahl sein, nicht {level}</translation>
    </message>
    <message>
        <source>the seed must be a whole number ≥ 0, not {seed}</source>
        <translation>der Startwert (seed) muss eine ganze Zahl ≥ 0 sein, nicht {seed}</translation>
    </message>
    <message>
        <source>the option indices must be a table with one column per issue</source>
        <translation>die Optionsindizes müssen eine Tabelle mit einer Spalte je Verhandlungspunkt sein</translation>
    </message>
    <message>
        <source>the option indices must be a table of whole numbers with one column per issue ({count})</source>
        <translation>die Optionsindizes müssen eine Tabelle ganzer Zahlen mit einer Spalte je Verhandlungspunkt sein ({count})</translation>
    </message>
    <message>
        <source>option index {index} of {issue} is outside 0 – {last}</source>
        <translation>Optionsindex {index} von {issue} liegt außerhalb von 0 – {last}</translation>
    </message>
    <message>
        <source>fairly sure {issue} matters most to them ({share:.0f} %)</source>
        <extracomment>Their likeliest top issue is at least this likely: &quot;Fairly sure&quot;. … at least this likely: &quot;Taking shape&quot;. … at least this likely, and at least this many times chance (1 ÷ issues): &quot;Rough&quot;; below it &quot;Hardly more than a guess&quot;. The grades, surest first.</extracomment>
        <translation>ziemlich sicher, dass {issue} ihnen am wichtigsten ist ({share:.0f} %)</translation>
    </message>
    <message>
        <source>taking shape: {issue} probably matters most to them ({share:.0f} %)</source>
        <translation>nimmt Gestalt an: {issue} ist ihnen wahrscheinlich am wichtigsten ({share:.0f} %)</translation>
    </message>
    <message>
        <source>rough: {issue} may matter most to them ({share:.0f} %)</source>
        <translation>grob: {issue} ist ihnen vielleicht am wichtigsten ({share:.0f} %)</translation>
    </message>
    <message>
        <source>hardly more than a guess what matters most to them ({issue}: {share:.0f} %)</source>
        <translation>kaum mehr als eine Annahme, was ihnen am wichtigsten ist ({issue}: {share:.0f} %)</translation>
    </message>
    <message>
        <source>does not fit</source>
        <comment>after: it (a clause)</comment>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>the agreement with {supplier} has a contingent clause on {issue} that the change cannot keep (it {reason}); change that agreement first</source>
        <translation>die Einigung mit {supplier} hat eine bedingte Klausel zu {issue}, die die Änderung nicht erhalten kann (sie {reason}); ändern Sie zuerst diese Einigung</translation>
    </message>
    <message>
        <source>the agreement has a contingent clause on {issue} that the change cannot keep (it {reason}); change the agreement first</source>
        <translation>die Einigung hat eine bedingte Klausel zu {issue}, die die Änderung nicht erhalten kann (sie {reason}); ändern Sie zuerst die Einigung</translation>
    </message>
    <message>
        <source>not a MESO Desk plan (this is a PDF document)</source>
        <extracomment>(first bytes, the reason, translated where shown); ZIP files are looked into (:func:`_zip_kind`)</extracomment>
        <translation>kein MESO-Desk-Plan (das ist ein PDF-Dokument)</translation>
    </message>
    <message>
        <source>not a MESO Desk plan (this is an old Office file, .xls or .doc; save a spreadsheet as .xlsx or .csv to import its quotes)</source>
        <translation>kein MESO-Desk-Plan (das ist eine alte Office-Datei, .xls oder .doc; speichern Sie eine Tabelle als .xlsx oder .csv, um ihre Angebote zu importieren)</translation>
    </message>
    <message>
        <source>not a MESO Desk plan (this is a compressed file, gzip; unpack it first)</source>
        <translation>kein MESO-Desk-Plan (das ist eine komprimierte Datei, gzip; entpacken Sie sie zuerst)</translation>
    </message>
    <message>
        <source>not UTF-8 text (this is UTF-16 text; save it as UTF-8)</source>
        <translation>kein UTF-8-Text (das ist UTF-16-Text; speichern Sie ihn als UTF-8)</translation>
    </message>
    <message>
        <source>not a MESO Desk plan (this is a picture, {format})</source>
        <extracomment>(first bytes, the picture&apos;s format)</extracomment>
        <translation>kein MESO-Desk-Plan (das ist ein Bild, {format})</translation>
    </message>
    <message>
        <source>not a MESO Desk plan (a binary file, not text)</source>
        <translation>kein MESO-Desk-Plan (eine Binärdatei, kein Text)</translation>
    </message>
    <message>
        <source>not a MESO Desk plan (this is a spreadsheet, .xlsx; add its quotes with File ▸ Import Quotes… or import-quotes)</source>
        <translation>kein MESO-Desk-Plan (das ist eine Tabelle, .xlsx; ihre Angebote fügen Sie mit Datei ▸ Preisangebote importieren… oder import-quotes hinzu)</translation>
    </message>
    <message>
        <source>not a MESO Desk plan (this is an OpenDocument spreadsheet; save it as .xlsx or .csv to import its quotes)</source>
        <translation>kein MESO-Desk-Plan (das ist eine OpenDocument-Tabelle; speichern Sie sie als .xlsx oder .csv, um ihre Angebote zu importieren)</translation>
    </message>
    <message>
        <source>not a MESO Desk plan (this is a ZIP archive)</source>
        <translation>kein MESO-Desk-Plan (das ist ein ZIP-Archiv)</translation>
    </message>
    <message>
        <source>cannot create {folder} ({reason})</source>
        <extracomment>``QCoreApplication.applicationName`` — also the folder name under the standard locations. The name people see (window titles, dialogs). Organisation name. Deliberately empty so that the standard locations are ``…/meso-desk`` instead of ``…/&lt;organisation&gt;/meso-desk``. how a path that Qt cannot hold as text (not valid UTF-8) is written in the settings file</extracomment>
        <translation>kann {folder} nicht anlegen ({reason})</translation>
    </message>
</context>
</TS>
