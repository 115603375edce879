; Inno Setup script: the Windows installer of IPO Pipeline Watch.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\ipo-watch.iss
;
; Built by .github/workflows/release.yml after packaging/build.py has made
; dist\ipo-pipeline-watch\. The version comes from desktop.__version__ through
; /DAppVersion, so it is written in one place only.
;
; Per-user install without administrator rights; the user's data (watchlist, alerts,
; settings and logs in %APPDATA%\ipo-pipeline-watch) is kept on uninstall unless the
; user asks for it to be deleted.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z ipo-watch.iss
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\ipo-pipeline-watch"
#endif

#define AppName "IPO Pipeline Watch"
#define AppId "ipo-pipeline-watch"
#define AppExe "ipo-pipeline-watch.exe"
#define AppPublisher "IPO Pipeline Watch"

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{6B0E3B0C-8F7A-4D53-9A43-1F2C3D5E7A91}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\resources\icons\app.ico
OutputDir=..\..\dist
OutputBaseFilename={#AppId}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; It keeps running in the tray: ask it to close before files are replaced.
CloseApplications=yes
CloseApplicationsFilter={#AppExe}
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "autostart"; Description: "Start {#AppName} in the tray when I sign in to Windows"; GroupDescription: "Background polling:"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The same value desktop/services/autostart.py reads and writes, so Preferences shows the choice.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"" --minimized"; Flags: uninsdeletevalue; Tasks: autostart

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The app keeps its data in platformdirs' user_data_dir(roaming=True): %APPDATA%\ipo-pipeline-watch. }
function UserDataDir: String;
begin
  Result := ExpandConstant('{userappdata}\{#AppId}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Preferences may have switched start-at-login on after installation: remove it anyway. }
  if CurUninstallStep = usUninstall then
    RegDeleteValue(HKEY_CURRENT_USER, 'Software\Microsoft\Windows\CurrentVersion\Run', '{#AppName}');
  if (CurUninstallStep = usPostUninstall) and DirExists(UserDataDir) and not UninstallSilent then
  begin
    { Default answer: No. An uninstall before reinstalling must not lose the watchlist. }
    if MsgBox('Also delete your watchlist, alerts, settings and logs?' + #13#10 + #13#10 +
              UserDataDir + #13#10 + #13#10 +
              'Choose No to keep them for a later installation.',
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      if not DelTree(UserDataDir, True, True, True) then
        MsgBox('Some files could not be deleted: ' + UserDataDir, mbError, MB_OK);
    end;
  end;
end;
