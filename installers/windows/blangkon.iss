; Blangkon Desktop — Inno Setup 6 script (Windows 10/11 x64).
;
; Build on Windows, after the PyInstaller bundle exists (python -m PyInstaller installers\pyinstaller\blangkon.spec
; --distpath dist\pyinstaller --workpath build\pyinstaller, then dist\pyinstaller\blangkon\blangkon.exe --self-test):
;     iscc /DAppVersion=0.1.0 installers\windows\blangkon.iss
; Output: dist\blangkon-<version>-windows-x64-setup.exe.  This script has NOT been compiled on the project's Linux
; machines; it was reviewed against the Inno Setup 6 documentation (see docs/INSTALL.md).
;
; What the setup does:
;   - per-user install without admin rights into {localappdata}\Programs\Blangkon Desktop (PrivilegesRequired=lowest);
;     IT staff may install for all users into Program Files with /ALLUSERS (from an elevated prompt);
;   - Start-menu shortcut (and a desktop shortcut when the task is ticked);
;   - server address preset: /SERVER=https://... [/OPD=<kode OPD>], or a provisioning file blangkon-provision.json
;     next to setup.exe (or /PROVISION=<path>), plus blangkon-ca.pem next to it; written to {app} where the app
;     reads it (desktop/app/provisioning.py; format: installers/provisioning.md);
;   - runs `blangkon.exe --self-test` after installing (skip with /NOSELFTEST) and keeps its output in
;     {app}\selftest-install.log;
;   - uninstall keeps the user's data (%LOCALAPPDATA%\blangkon-desktop) unless the user answers "Ya" to the
;     question, or /PURGEDATA is given to the uninstaller.
;
; Silent install for IT staff (all switches are optional):
;   blangkon-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP- /DIR="D:\Aplikasi\Blangkon"
;       /SERVER=https://blangkon.jatengprov.go.id /OPD=1.02.0.00.0.00.01.0000 /LOG="%TEMP%\blangkon-setup.log"
; Silent uninstall, keeping data:  "%LOCALAPPDATA%\Programs\Blangkon Desktop\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
; ... and deleting data:           add /PURGEDATA

#define AppName "Blangkon Desktop"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\pyinstaller\blangkon"
#endif
#define AppExe "blangkon.exe"
; platformdirs folder of the app: paths.APP_NAME in desktop/app/paths.py (%LOCALAPPDATA%\blangkon-desktop on Windows)
#define DataDirName "blangkon-desktop"
; UI state (window size, language): QSettings INI, organisation and application of desktop/ui/settings.py
#define UiSettingsDir "Pemprov Jawa Tengah"
#define UiSettingsFile "Blangkon Desktop.ini"
#define ProvisionFile "blangkon-provision.json"
#define CaFile "blangkon-ca.pem"

#if !FileExists(AddBackslash(SourcePath) + BundleDir + "\" + AppExe)
  #error Bundel PyInstaller tidak ditemukan (dist\pyinstaller\blangkon\blangkon.exe). Bangun dulu dengan PyInstaller (lihat docs/INSTALL.md) atau berikan /DBundleDir=...
#endif

[Setup]
; AppId identifies the installation across versions (upgrades, uninstall). Never change it.
AppId={{6F1B6C2E-3A47-4C5B-9E0D-2B1A7D9C4E51}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Pemerintah Provinsi Jawa Tengah
AppPublisherURL=https://jatengprov.go.id
AppSupportURL=https://jatengprov.go.id
AppCopyright=Pemerintah Provinsi Jawa Tengah
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
; Non-administrative install mode: {autopf} is {userpf} = %LOCALAPPDATA%\Programs; with /ALLUSERS it is Program Files.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
UsePreviousAppDir=yes
DisableProgramGroupPage=yes
DisableWelcomePage=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=blangkon-{#AppVersion}-windows-x64-setup
SetupIconFile=blangkon.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Indonesian first and always preselected (office PCs often run English Windows); the dialog lets the user pick
; English. In silent installs /LANG=en selects English.
ShowLanguageDialog=yes
LanguageDetectionMethod=none
; Close a running Blangkon (Restart Manager) before replacing its files; do not restart it from setup.
CloseApplications=yes
RestartApplications=no
; Always write a setup log to %TEMP% (Setup Log *.txt); /LOG="file" chooses the name.
SetupLogging=yes

[Languages]
; Indonesian.isl is a user-contributed translation that Inno Setup does not install: it is looked up next to this
; script first. Compile with /DEnglishOnly to build an English-only setup when it is not available.
#ifndef EnglishOnly
  #if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
Name: "id"; MessagesFile: "Indonesian.isl"
  #elif FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
  #elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\Indonesian.isl")
Name: "id"; MessagesFile: "compiler:Languages\Unofficial\Indonesian.isl"
  #else
    #error Indonesian.isl tidak ditemukan. Unduh terjemahan Inno Setup 6 dari https://jrsoftware.org/files/istrans/ dan simpan sebagai installers\windows\Indonesian.isl (atau kompilasi dengan /DEnglishOnly).
  #endif
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
#ifndef EnglishOnly
id.LaunchApp=Jalankan Blangkon Desktop
id.BadServer=Alamat server "%1" tidak sah.%n%nTulis alamat lengkap yang diawali https://, misalnya:%n/SERVER=https://blangkon.jatengprov.go.id
id.BadProvisionPath=Berkas provisioning "%1" (dari /PROVISION=) tidak ada. Periksa jalurnya lalu jalankan setup lagi.
id.ProvisionFailed=Pengaturan server tidak bisa disimpan ke "%1". Atur alamat server dari menu Pengaturan di aplikasi, atau minta admin TI memeriksa izin folder.
id.SelfTestFailed=Blangkon Desktop sudah terpasang, tetapi pemeriksaan instalasi menemukan masalah.%n%nRinciannya ada di:%n%1%n%nKirim berkas itu ke admin TI Anda.
id.PurgeDataQuestion=Hapus juga data Blangkon Anda di komputer ini?%n%n%1%n%nPesanan, draf dan katalog yang tersimpan di sana akan dihapus. Pesanan yang BELUM tersinkron ke server ikut hilang dan tidak bisa dikembalikan.%n%nPilih "Tidak" untuk menyimpan data (disarankan; dipakai lagi bila aplikasi dipasang ulang).
id.PurgeFailed=Sebagian data di "%1" tidak bisa dihapus (mungkin Blangkon masih terbuka). Tutup aplikasi lalu hapus folder itu secara manual.
#endif
en.LaunchApp=Start Blangkon Desktop
en.BadServer=The server address "%1" is not valid.%n%nGive the full address starting with https://, for example:%n/SERVER=https://blangkon.jatengprov.go.id
en.BadProvisionPath=The provisioning file "%1" (from /PROVISION=) does not exist. Check the path and run setup again.
en.ProvisionFailed=The server settings could not be saved to "%1". Set the server address in the app's Settings, or ask IT to check the folder permissions.
en.SelfTestFailed=Blangkon Desktop is installed, but the installation check found a problem.%n%nThe details are in:%n%1%n%nSend that file to your IT staff.
en.PurgeDataQuestion=Also delete your Blangkon data on this computer?%n%n%1%n%nOrders, drafts and the catalog stored there will be deleted. Orders NOT yet synchronised with the server are lost for good.%n%nChoose "No" to keep the data (recommended; it is used again if the app is reinstalled).
en.PurgeFailed=Some data in "%1" could not be deleted (Blangkon may still be running). Close the app and delete that folder by hand.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade must not mix old and new library files: clear the previous bundle's internals first.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Belanja langsung UMKM Jawa Tengah"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the [Code] section wrote (not tracked by [Files]); the user's data folder is handled in [Code].
Type: files; Name: "{app}\{#ProvisionFile}"
Type: files; Name: "{app}\{#CaFile}"
Type: files; Name: "{app}\selftest-install.log"
Type: dirifempty; Name: "{app}"

[Code]
var
  ServerParam: String;
  OpdParam: String;
  ProvisionParam: String;

// True when a bare switch such as /PURGEDATA or /NOSELFTEST is on the command line (case-insensitive).
function HasSwitch(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
    begin
      Result := True;
      Exit;
    end;
end;

// https:// for real servers; http:// only for a test server on this computer. No spaces or quotes.
function IsValidServerUrl(const Url: String): Boolean;
var
  L: String;
begin
  L := Lowercase(Url);
  Result := ((Pos('https://', L) = 1) and (Length(L) > Length('https://')))
    or (Pos('http://localhost', L) = 1) or (Pos('http://127.0.0.1', L) = 1);
  if (Pos(' ', Url) > 0) or (Pos('"', Url) > 0) or (Pos('\', Url) > 0) then
    Result := False;
end;

function JsonEscape(const S: String): String;
var
  I: Integer;
begin
  Result := '';
  for I := 1 to Length(S) do
  begin
    if (S[I] = '"') or (S[I] = '\') then
      Result := Result + '\' + S[I]
    else if Ord(S[I]) >= 32 then
      Result := Result + S[I];
  end;
end;

// Byte-for-byte copy (the provisioning JSON and the CA bundle are small).
function CopySmallFile(const Source, Target: String): Boolean;
var
  Data: AnsiString;
begin
  Result := LoadStringFromFile(Source, Data) and SaveStringToFile(Target, Data, False);
end;

function InitializeSetup(): Boolean;
begin
  Result := True;
  ServerParam := Trim(ExpandConstant('{param:SERVER|}'));
  OpdParam := Trim(ExpandConstant('{param:OPD|}'));
  ProvisionParam := Trim(ExpandConstant('{param:PROVISION|}'));
  if (ServerParam <> '') and not IsValidServerUrl(ServerParam) then
  begin
    Log('Blangkon: invalid /SERVER=' + ServerParam);
    SuppressibleMsgBox(FmtMessage(CustomMessage('BadServer'), [ServerParam]), mbCriticalError, MB_OK, IDOK);
    Result := False;
    Exit;
  end;
  if (ProvisionParam <> '') and not FileExists(ProvisionParam) then
  begin
    Log('Blangkon: /PROVISION file missing: ' + ProvisionParam);
    SuppressibleMsgBox(FmtMessage(CustomMessage('BadProvisionPath'), [ProvisionParam]), mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;

// Switches win over a file: /SERVER (and /OPD) write a fresh provisioning file; otherwise the file given with
// /PROVISION=, or blangkon-provision.json next to setup.exe, is copied with blangkon-ca.pem from the same folder.
// Without any of them an existing provisioning file in {app} (from an earlier install) is kept.
procedure WriteProvisioning();
var
  Target, Source, CaSource: String;
  Lines: TArrayOfString;
  N: Integer;
begin
  Target := ExpandConstant('{app}\{#ProvisionFile}');
  if ProvisionParam <> '' then
    Source := ProvisionParam
  else
    Source := ExpandConstant('{src}\{#ProvisionFile}');

  if (ServerParam <> '') or (OpdParam <> '') then
  begin
    if FileExists(Source) then
      Log('Blangkon: /SERVER or /OPD given, so ' + Source + ' is not used');
    SetArrayLength(Lines, 5);
    N := 0;
    Lines[N] := '{'; N := N + 1;
    Lines[N] := '  "format": 1,'; N := N + 1;
    if ServerParam <> '' then
    begin
      Lines[N] := '  "server_url": "' + JsonEscape(ServerParam) + '",'; N := N + 1;
    end;
    if OpdParam <> '' then
    begin
      Lines[N] := '  "opd_code": "' + JsonEscape(OpdParam) + '",'; N := N + 1;
    end;
    Lines[N] := '  "language": "' + ActiveLanguage + '"'; N := N + 1;
    SetArrayLength(Lines, N + 1);
    Lines[N] := '}';
    if SaveStringsToUTF8File(Target, Lines, False) then
      Log('Blangkon: provisioning written to ' + Target)
    else
      SuppressibleMsgBox(FmtMessage(CustomMessage('ProvisionFailed'), [Target]), mbError, MB_OK, IDOK);
  end
  else if FileExists(Source) then
  begin
    if CopySmallFile(Source, Target) then
      Log('Blangkon: provisioning copied from ' + Source)
    else
      SuppressibleMsgBox(FmtMessage(CustomMessage('ProvisionFailed'), [Target]), mbError, MB_OK, IDOK);
    CaSource := ExtractFilePath(Source) + '{#CaFile}';
    if FileExists(CaSource) then
      if not CopySmallFile(CaSource, ExpandConstant('{app}\{#CaFile}')) then
        Log('Blangkon: could not copy ' + CaSource);
  end
  else if FileExists(Target) then
    Log('Blangkon: keeping the existing provisioning file ' + Target);
end;

// blangkon.exe --self-test, output kept in {app}\selftest-install.log; a failure is reported but does not undo the
// installation (the log tells IT staff what to fix).
procedure RunSelfTest();
var
  ResultCode: Integer;
  LogFile, Params: String;
begin
  if HasSwitch('/NOSELFTEST') then
    Exit;
  LogFile := ExpandConstant('{app}\selftest-install.log');
  // cmd /C strips the outer pair of quotes, so the whole command is wrapped in one more pair.
  Params := '/C ""' + ExpandConstant('{app}\{#AppExe}') + '" --self-test > "' + LogFile + '" 2>&1"';
  if not Exec(ExpandConstant('{cmd}'), Params, ExpandConstant('{app}'), SW_HIDE, ewWaitUntilTerminated, ResultCode) then
    Log('Blangkon: self-test could not start: ' + SysErrorMessage(ResultCode))
  else if ResultCode <> 0 then
  begin
    Log('Blangkon: self-test failed with exit code ' + IntToStr(ResultCode) + ', see ' + LogFile);
    SuppressibleMsgBox(FmtMessage(CustomMessage('SelfTestFailed'), [LogFile]), mbError, MB_OK, IDOK);
  end
  else
    Log('Blangkon: self-test passed');
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    WriteProvisioning();
    RunSelfTest();
  end;
end;

// Keep the user's data unless they say so: a question in an interactive uninstall (default "No"), or /PURGEDATA.
// Only the data of the user running the uninstaller is touched.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
  Purge: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := ExpandConstant('{localappdata}\{#DataDirName}');
  if not DirExists(DataDir) and not FileExists(ExpandConstant('{userappdata}\{#UiSettingsDir}\{#UiSettingsFile}')) then
    Exit;
  Purge := HasSwitch('/PURGEDATA');
  if (not Purge) and (not UninstallSilent) then
    Purge := MsgBox(FmtMessage(CustomMessage('PurgeDataQuestion'), [DataDir]), mbConfirmation,
      MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if not Purge then
  begin
    Log('Blangkon: user data kept in ' + DataDir);
    Exit;
  end;
  if DeleteFile(ExpandConstant('{userappdata}\{#UiSettingsDir}\{#UiSettingsFile}')) then
    RemoveDir(ExpandConstant('{userappdata}\{#UiSettingsDir}'));
  if DelTree(DataDir, True, True, True) then
    Log('Blangkon: user data deleted: ' + DataDir)
  else
  begin
    Log('Blangkon: could not delete all of ' + DataDir);
    SuppressibleMsgBox(FmtMessage(CustomMessage('PurgeFailed'), [DataDir]), mbError, MB_OK, IDOK);
  end;
end;
