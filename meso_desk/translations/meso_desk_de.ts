<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Untitled negotiation</source>
        <extracomment>the answers of :meth:`FileController.ask_save_changes`</extracomment>
        <translation>Unbenannte Verhandlung</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Qt&apos;s own locales for the languages spoken</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>MESO Desk will speak {language} when it next starts.</source>
        <translation>MESO Desk spricht beim nächsten Start {language}.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>joining a list</comment>
        <extracomment>The languages MESO Desk speaks, by code, each named in its own words. (language, source text, disambiguation) → translation or &quot;&quot; (the Qt layer&apos;s QTranslator)</extracomment>
        <translation>{first} und {last}</translation>
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
</context>
</TS>
