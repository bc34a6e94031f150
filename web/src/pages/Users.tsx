import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { get, post } from '../api';
import { Loading, PageTitle, ProblemMessage, useLoad, useSubmit } from '../components';
import { useI18n } from '../i18n';
import { useRegionNames } from '../regionNames';
import { useSession } from '../session';
import { ACCOUNT_ROLES } from '../types';
import type { Items, Role, User } from '../types';

export function Users() {
  const { t, tOr } = useI18n();
  const { user: me } = useSession();
  const users = useLoad((signal) => get<Items<User>>('/users', undefined, signal), []);
  const [actionError, setActionError] = useState<unknown>(undefined);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const regionNames = useRegionNames(users.data?.items.map((user) => user.region_code) ?? []);

  const setDisabled = async (user: User, disabled: boolean) => {
    setBusyId(user.id);
    setActionError(undefined);
    try {
      await post<User>(`/users/${user.id}/${disabled ? 'disable' : 'enable'}`);
      setNotice(t(disabled ? 'users.disabledNotice' : 'users.enabledNotice', { name: user.username }));
      users.reload();
    } catch (caught) {
      setActionError(caught);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      <PageTitle title={t('nav.users')}>{t('nav.users')}</PageTitle>
      <CreateUser
        onCreated={(user) => {
          setNotice(t('users.createdNotice', { name: user.username }));
          users.reload();
        }}
      />
      {notice && (
        <p class="alert alert-ok" role="status">
          {notice}
        </p>
      )}
      <ProblemMessage error={actionError} />
      <ProblemMessage error={users.error} />
      {users.loading && !users.data && <Loading />}
      {users.data && (
        <table class="list users">
          <thead>
            <tr>
              <th scope="col">{t('users.username')}</th>
              <th scope="col">{t('users.displayName')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.region')}</th>
              <th scope="col">{t('users.employee')}</th>
              <th scope="col">{t('users.state')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('users.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.data.items.map((user) => (
              <tr key={user.id} data-username={user.username}>
                <td data-label={t('users.username')}>
                  <code>{user.username}</code>
                </td>
                <td data-label={t('users.displayName')}>{user.display_name}</td>
                <td data-label={t('users.role')}>{tOr(`role.${user.role}`, user.role)}</td>
                <td data-label={t('users.region')}>
                  {user.region_code ? (
                    <>
                      <code>{user.region_code}</code>
                      {regionNames[user.region_code] ? ` ${regionNames[user.region_code]}` : ''}
                    </>
                  ) : (
                    t('region.nation')
                  )}
                </td>
                <td data-label={t('users.employee')}>
                  <EmployeeNip
                    user={user}
                    onSaved={(saved) => {
                      setNotice(t('users.linkedNotice', { name: saved.username }));
                      users.reload();
                    }}
                    onError={setActionError}
                  />
                </td>
                <td data-label={t('users.state')}>
                  <span class={user.disabled ? 'tag tag-off' : 'tag tag-on'}>
                    {t(user.disabled ? 'users.disabled' : 'users.active')}
                  </span>
                </td>
                <td>
                  {user.id !== me.id && (
                    <button
                      type="button"
                      disabled={busyId === user.id}
                      aria-label={t(user.disabled ? 'users.enableNamed' : 'users.disableNamed', { name: user.username })}
                      onClick={() => void setDisabled(user, !user.disabled)}
                    >
                      {t(user.disabled ? 'users.enable' : 'users.disable')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Links an account to an employee by NIP ("" unlinks). */
function EmployeeNip({ user, onSaved, onError }: { user: User; onSaved: (user: User) => void; onError: (e: unknown) => void }) {
  const { t } = useI18n();
  const [nip, setNip] = useState(user.employee_nip ?? '');
  const [busy, setBusy] = useState(false);
  const submit = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    onError(undefined);
    try {
      onSaved(await post<User>(`/users/${user.id}/employee`, { employee_nip: nip.trim() }));
    } catch (caught) {
      onError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="inline-form" onSubmit={submit}>
      <input
        name="employee_nip"
        inputMode="numeric"
        size={20}
        maxLength={40}
        aria-label={t('users.linkNamed', { name: user.username })}
        title={t('users.employeeHint')}
        value={nip}
        onInput={(e) => setNip(e.currentTarget.value)}
      />
      <button type="submit" disabled={busy || nip === (user.employee_nip ?? '')}>
        {t('users.link')}
      </button>
    </form>
  );
}

function CreateUser({ onCreated }: { onCreated: (user: User) => void }) {
  const { t, tOr } = useI18n();
  const { user: me } = useSession();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('operator_instansi');
  const [regionCode, setRegionCode] = useState(me.region_code);
  const [password, setPassword] = useState('');
  const [employeeNip, setEmployeeNip] = useState('');

  const { busy, error, submit } = useSubmit(async () => {
    const created = await post<User>('/users', {
      username: username.trim(),
      display_name: displayName.trim(),
      role,
      region_code: regionCode.trim(),
      password,
      employee_nip: employeeNip.trim(),
    });
    setUsername('');
    setDisplayName('');
    setPassword('');
    setEmployeeNip('');
    onCreated(created);
  });

  return (
    <details class="card create-user">
      <summary>{t('users.create')}</summary>
      <form class="grid-form" onSubmit={submit}>
        <label class="field">
          <span>{t('users.username')}</span>
          <input name="new-username" autoComplete="off" autoCapitalize="none" required value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('users.displayName')}</span>
          <input name="display_name" required value={displayName} onInput={(e) => setDisplayName(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('users.role')}</span>
          <select name="role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            {ACCOUNT_ROLES.map((value) => (
              <option key={value} value={value}>
                {tOr(`role.${value}`, value)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('users.region')}</span>
          <input
            name="region_code"
            inputMode="decimal"
            placeholder={t('users.regionHint')}
            value={regionCode}
            onInput={(e) => setRegionCode(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t('users.employee')}</span>
          <input name="employee_nip" inputMode="numeric" maxLength={40} value={employeeNip} onInput={(e) => setEmployeeNip(e.currentTarget.value)} />
          <small class="muted">{t('users.employeeHint')}</small>
        </label>
        <label class="field">
          <span>{t('users.password')}</span>
          <input
            name="new-password"
            type="password"
            autoComplete="new-password"
            minLength={10}
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
          <small class="muted">{t('users.passwordHint')}</small>
        </label>
        <div class="full">
          <ProblemMessage error={error} />
          <button type="submit" class="primary" disabled={busy}>
            {t('users.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
